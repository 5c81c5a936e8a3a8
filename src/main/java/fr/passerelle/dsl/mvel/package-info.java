/**
 * Expressions: the sandbox, the fast evaluator and MVEL. The only package that imports
 * {@code org.mvel2}.
 *
 * <p>An expression is first lexed and checked against an allowlist ({@link fr.passerelle.dsl.mvel.SandboxPolicy}):
 * every identifier outside string literals must be a declared input, a catalogued function,
 * an allowlisted member or a keyword; {@code new}, {@code import}, {@code def}, loops,
 * assignments, {@code @} templates, class names and reflection are refused before any parser
 * sees the text. Expressions made of the core grammar (names, literals, function calls,
 * operators, ternaries, property reads) then compile to a tree of small Java objects
 * ({@link fr.passerelle.dsl.mvel.FastExpressions}); the rest (method calls on values, list and map
 * literals, indexing) compile once with MVEL, under a restricted class loader and with MVEL's
 * global class literals removed.
 */
@NullMarked
package fr.passerelle.dsl.mvel;

import org.jspecify.annotations.NullMarked;
