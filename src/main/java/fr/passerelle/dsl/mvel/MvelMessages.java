package fr.passerelle.dsl.mvel;

import fr.passerelle.plan.EvaluationException;

/** Turns MVEL's exceptions (multi-line, with a caret drawing) into one sentence. */
final class MvelMessages {

    private MvelMessages() {
    }

    static String runtime(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause.getCause() instanceof EvaluationException ee) {
                return ee.getMessage();
            }
            cause = cause.getCause();
        }
        return firstLine(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    }

    static String firstLine(String message) {
        String line = message.lines().findFirst().orElse(message).trim();
        if (line.startsWith("[Error:") && line.endsWith("]")) {
            line = line.substring(7, line.length() - 1).trim();
        }
        return line;
    }
}
