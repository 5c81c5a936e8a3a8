/**
 * Expressions of the mapping language: one lexer, one grammar, one checked tree, one evaluator.
 *
 * <p>{@link fr.passerelle.dsl.expression.ExpressionCompiler} lexes the text once
 * ({@link fr.passerelle.dsl.expression.Lexer}), refuses early what other languages would let an
 * author try ({@link fr.passerelle.dsl.expression.TokenPolicy}), parses the tokens into a
 * {@link fr.passerelle.dsl.expression.Syntax} tree, checks that tree
 * ({@link fr.passerelle.dsl.expression.TreeCheck}) and builds the evaluator's nodes from the same tree
 * ({@link fr.passerelle.dsl.expression.NodeBuilder}, {@link fr.passerelle.dsl.expression.Nodes}).
 * Methods on values go through an explicit table ({@link fr.passerelle.dsl.expression.Methods}); no
 * reflection, no class loading, no second parser: what is checked is what runs (see
 * {@code dsl/README.md}, "Safety by construction").
 */
@NullMarked
package fr.passerelle.dsl.expression;

import org.jspecify.annotations.NullMarked;
