package fr.passerelle.dsl.function;

import fr.passerelle.plan.EvaluationContext;
import java.util.Locale;

/**
 * Upper and lower case in linear time. The JDK grows its result one step at a time for every
 * character whose case mapping is longer ('ß' is "SS", 'İ' is "i̇"), which makes
 * {@code toUpperCase} quadratic: 600,000 'ß' take more than a minute in one call, out of reach of
 * any budget check. Texts that are ASCII or short go to the JDK as they are; others are mapped a
 * chunk at a time, cut at whitespace where possible (lower case of a Greek sigma depends on the
 * letters after it, never across a space), the result measured and the clock read per chunk.
 */
final class CaseMapping {

    private static final int DIRECT = 1024;
    private static final int CHUNK = 256;
    private static final int LOOK_FOR_SPACE = 64;

    private CaseMapping() {
    }

    static String upper(String text, EvaluationContext context) {
        return map(text, true, context);
    }

    static String lower(String text, EvaluationContext context) {
        return map(text, false, context);
    }

    private static String map(String text, boolean upper, EvaluationContext context) {
        if (text.length() <= DIRECT || isAscii(text)) {
            return convert(text, upper);
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (from < text.length()) {
            int to = Math.min(text.length(), from + CHUNK);
            int limit = Math.min(text.length(), to + LOOK_FOR_SPACE);
            while (to < limit && !Character.isWhitespace(text.charAt(to))) {
                to++;
            }
            if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
                to++;
            }
            out.append(convert(text.substring(from, to), upper));
            Bounds.text(out.length());
            context.checkBudget();
            from = to;
        }
        return out.toString();
    }

    private static String convert(String text, boolean upper) {
        return upper ? text.toUpperCase(Locale.ROOT) : text.toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
