/**
 * Mapping documents: reading the YAML (every key and value keeps its line and column),
 * {@code extends} templates, the document model the compiler and the studio work on, and
 * {@link fr.passerelle.dsl.Diagnostic}s. The compiler lives in {@code dsl.compiler}, the
 * expressions (one grammar, checked tree, evaluator) in {@code dsl.expression}, the functions in {@code dsl.function}.
 */
@NullMarked
package fr.passerelle.dsl;

import org.jspecify.annotations.NullMarked;
