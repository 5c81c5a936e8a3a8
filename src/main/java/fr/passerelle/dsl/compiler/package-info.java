/**
 * The mapping compiler: a document's text (plus, optionally, the source and target schemas and
 * a template resolver) in, a {@link fr.passerelle.plan.MappingPlan} or every diagnostic out,
 * never stopping at the first. It also runs the document's golden {@code tests}.
 */
@NullMarked
package fr.passerelle.dsl.compiler;

import org.jspecify.annotations.NullMarked;
