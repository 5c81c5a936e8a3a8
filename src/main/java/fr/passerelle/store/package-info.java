/**
 * Persistence, through jOOQ only (classes generated from {@code db/migration}): tenants, users,
 * shop profiles with credentials encrypted at rest, and later mapping versions, runs, id links
 * and watermarks. Implements the engine's ports.
 */
@NullMarked
package fr.passerelle.store;

import org.jspecify.annotations.NullMarked;
