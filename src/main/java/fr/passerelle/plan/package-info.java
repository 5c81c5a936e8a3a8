/**
 * Compiled mapping plans: immutable values the engine runs for every record, from several
 * threads at once. A {@link fr.passerelle.plan.MappingPlan} holds already compiled
 * {@link fr.passerelle.plan.CompiledExpression}s: nothing here parses text. JDK only (no
 * Jackson or Spring types), so a plan can be stored, shared and tested without them.
 */
@NullMarked
package fr.passerelle.plan;

import org.jspecify.annotations.NullMarked;
