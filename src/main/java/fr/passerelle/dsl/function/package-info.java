/**
 * The functions mapping expressions may call ({@code trim}, {@code fmt}, {@code slug},
 * {@code lookup} ...): plain, null-safe Java (null in, null out), money in {@link java.math.BigDecimal}
 * rounded HALF_UP. {@link fr.passerelle.dsl.function.FunctionCatalog} is the one list of them:
 * the compiler checks calls against it, the expression evaluator calls through it,
 * and {@code dsl/README.md} documents each. {@link fr.passerelle.dsl.function.Bounds} holds the
 * per-record budget inside every call: numbers bounded before arithmetic, texts and lists measured
 * before they are built, long loops reading the record's clock.
 */
@NullMarked
package fr.passerelle.dsl.function;

import org.jspecify.annotations.NullMarked;
