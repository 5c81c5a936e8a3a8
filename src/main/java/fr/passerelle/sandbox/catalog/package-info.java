/**
 * The list of every sandbox the product ships, for the {@code sandbox} command and the studio's
 * sandbox page. Adding a system's sandbox is one line in {@link fr.passerelle.sandbox.catalog.SandboxCatalog}.
 */
@NullMarked
package fr.passerelle.sandbox.catalog;

import org.jspecify.annotations.NullMarked;
