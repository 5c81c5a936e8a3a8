/**
 * The schedules editor of a profile's flows (SCH-1, issue 15): kept apart from the other views so
 * that the studio's views and this one change independently.
 */
@NullMarked
package fr.passerelle.ui.schedules;

import org.jspecify.annotations.NullMarked;
