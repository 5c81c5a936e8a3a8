/**
 * The functions mapping expressions may call ({@code trim}, {@code fmt}, {@code slug},
 * {@code lookup} ...): plain, null-safe Java (null in, null out), money in {@link java.math.BigDecimal}
 * rounded HALF_UP. {@link fr.passerelle.dsl.function.FunctionCatalog} is the one list of them:
 * the compiler checks calls against it, the fast evaluator and the MVEL sandbox call through it,
 * and {@code dsl/README.md} documents each.
 */
@NullMarked
package fr.passerelle.dsl.function;

import org.jspecify.annotations.NullMarked;
