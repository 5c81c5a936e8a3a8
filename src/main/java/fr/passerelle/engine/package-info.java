/**
 * The runtime engine: runs one flow of one profile with its plan, between two connector
 * sessions, through storage ports ({@link fr.passerelle.engine.RunPorts}) that the store
 * implements. No Spring, no database, no HTTP of its own: tested in milliseconds with fakes.
 */
@NullMarked
package fr.passerelle.engine;

import org.jspecify.annotations.NullMarked;
