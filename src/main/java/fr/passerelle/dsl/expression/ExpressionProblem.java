package fr.passerelle.dsl.expression;

/**
 * A problem in one expression, at a character offset of the expression text.
 *
 * @param offset 0-based offset of the character the problem starts at
 * @param code stable code (SYNTAX, SANDBOX, UNKNOWN_FUNCTION, UNKNOWN_FIELD, UNKNOWN_LOOKUP, ARITY)
 * @param message what is wrong, for a consultant
 * @param warning true when the plan can still be built
 */
public record ExpressionProblem(int offset, String code, String message, boolean warning) {

    static ExpressionProblem error(int offset, String code, String message) {
        return new ExpressionProblem(offset, code, message, false);
    }
}
