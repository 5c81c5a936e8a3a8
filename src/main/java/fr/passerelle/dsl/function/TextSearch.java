package fr.passerelle.dsl.function;

import fr.passerelle.plan.EvaluationContext;
import org.jspecify.annotations.Nullable;

/**
 * Finding plain text inside text in linear time. {@link String#indexOf(String, int)} compares
 * naively: searching a 500,000-character needle in a million characters of {@code aaa...} takes
 * hundreds of billions of steps inside one JDK call, which no budget check can interrupt. When
 * the text times the needle is large, a Knuth-Morris-Pratt search is used instead: linear, and
 * it reads the record's clock as it goes. Small searches (all real ones) keep the JDK's fast path.
 */
final class TextSearch {

    /** Up to this many character comparisons in the worst case, the JDK's search is used. */
    private static final long NAIVE_LIMIT = 1L << 22;

    private final String text;
    private final String needle;
    private final int @Nullable [] failure;
    private final EvaluationContext context;

    private TextSearch(String text, String needle, EvaluationContext context) {
        this.text = text;
        this.needle = needle;
        this.context = context;
        boolean cheap = needle.length() < 4
                || (long) needle.length() * Math.max(0, text.length() - needle.length() + 1) <= NAIVE_LIMIT;
        this.failure = cheap ? null : failure(needle);
    }

    /** A search for a non-empty needle in one text. */
    static TextSearch of(String text, String needle, EvaluationContext context) {
        return new TextSearch(text, needle, context);
    }

    /** The first occurrence at or after {@code from}, or -1. */
    int indexOf(int from) {
        return failure == null ? text.indexOf(needle, from) : find(from, failure);
    }

    /** Knuth-Morris-Pratt: linear in the text, the clock read every few thousand characters. */
    private int find(int from, int[] failure) {
        int matched = 0;
        for (int i = Math.max(0, from); i < text.length(); i++) {
            Bounds.tick(context, i);
            char c = text.charAt(i);
            while (matched > 0 && needle.charAt(matched) != c) {
                matched = failure[matched - 1];
            }
            if (needle.charAt(matched) == c) {
                matched++;
            }
            if (matched == needle.length()) {
                return i - needle.length() + 1;
            }
        }
        return -1;
    }

    private static int[] failure(String needle) {
        int[] failure = new int[needle.length()];
        int k = 0;
        for (int i = 1; i < needle.length(); i++) {
            while (k > 0 && needle.charAt(k) != needle.charAt(i)) {
                k = failure[k - 1];
            }
            if (needle.charAt(k) == needle.charAt(i)) {
                k++;
            }
            failure[i] = k;
        }
        return failure;
    }
}
