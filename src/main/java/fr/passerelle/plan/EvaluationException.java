package fr.passerelle.plan;

/**
 * An expression could not be evaluated for one record (bad value, missing lookup key, time
 * budget exceeded ...). The message is written for the consultant; the record fails, the run goes on.
 */
public class EvaluationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EvaluationException(String message) {
        super(message, null, false, false);
    }
}
