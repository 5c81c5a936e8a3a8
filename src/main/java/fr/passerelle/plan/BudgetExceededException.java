package fr.passerelle.plan;

/** A record took longer than its plan's per-record time budget, or built a value too large. */
public final class BudgetExceededException extends EvaluationException {

    private static final long serialVersionUID = 1L;

    public BudgetExceededException(String message) {
        super(message);
    }
}
