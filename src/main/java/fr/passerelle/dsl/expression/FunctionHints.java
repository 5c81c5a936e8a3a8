package fr.passerelle.dsl.expression;

import fr.passerelle.dsl.function.FunctionCatalog;
import java.util.Collection;
import java.util.List;

/** Argument counting and "did you mean" suggestions for diagnostics. */
final class FunctionHints {

    private FunctionHints() {
    }

    /** Arguments of the call whose '(' is at {@code open}; -1 when the brackets do not close. */
    static int countArguments(List<Token> tokens, int open) {
        int depth = 0;
        int commas = 0;
        boolean any = false;
        for (int i = open; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is("(") || t.is("[")) {
                depth++;
            } else if (t.is(")") || t.is("]")) {
                depth--;
                if (depth == 0) {
                    return any ? commas + 1 : 0;
                }
            } else if (depth == 1 && t.is(",")) {
                commas++;
            }
            if (i > open && depth >= 1) {
                any = true;
            }
        }
        return -1;
    }

    static String suggestion(String name) {
        return closest(name, FunctionCatalog.names());
    }

    /** "; did you mean 'x'?" for the closest name within two edits, else "". */
    static String closest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : candidates) {
            int d = distance(name.toLowerCase(), candidate.toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best == null ? "" : "; did you mean '" + best + "'?";
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
