/**
 * The command line (picocli): {@code studio} (help), {@code check}, {@code map}, {@code sandbox}, {@code connector}, {@code secrets},
 * {@code run}, {@code worker}. Commands never start the web server; they start the database
 * only when they need it.
 */
@NullMarked
package fr.passerelle.cli;

import org.jspecify.annotations.NullMarked;
