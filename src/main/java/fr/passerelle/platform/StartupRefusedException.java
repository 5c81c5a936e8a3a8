package fr.passerelle.platform;

/**
 * The studio (or a command) cannot start, for a reason the user can fix: the message is one
 * sentence saying what and how, printed alone (exit 1), without a stack trace.
 */
public final class StartupRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StartupRefusedException(String sentence) {
        super(sentence);
    }

    /** The refusal somewhere in a chain of causes (Spring wraps what a bean throws), if any. */
    public static java.util.Optional<StartupRefusedException> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StartupRefusedException refused) {
                return java.util.Optional.of(refused);
            }
        }
        return java.util.Optional.empty();
    }
}
