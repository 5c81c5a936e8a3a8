/**
 * What the studio runs on: the data folder, the embedded PostgreSQL default (zonky's binaries,
 * started as an unprivileged account when we are root) and the studio's settings.
 */
@NullMarked
package fr.passerelle.platform;

import org.jspecify.annotations.NullMarked;
