/**
 * Quartz jobs, thin adapters to {@code sync}: the scheduler decides when, the sync services what.
 * Quartz keeps its schedules in PostgreSQL (V002) in clustered mode, so a job fires on one node.
 */
@NullMarked
package fr.passerelle.scheduler;

import org.jspecify.annotations.NullMarked;
