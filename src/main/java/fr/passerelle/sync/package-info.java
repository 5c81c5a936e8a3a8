/**
 * Runs flows of profiles: loads the profile and its published mapping, compiles the plan,
 * opens the connector sessions and runs the engine with storage on PostgreSQL. Used by the
 * scheduler, the studio and the {@code run} command.
 */
@NullMarked
package fr.passerelle.sync;

import org.jspecify.annotations.NullMarked;
