package fr.passerelle.dsl.function;

import fr.passerelle.plan.EvaluationContext;
import java.util.Map;

/** Turns an HTML fragment into plain text for shops that refuse markup (short descriptions, feeds). */
final class HtmlText {

    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("eacute", "é"), Map.entry("egrave", "è"),
            Map.entry("ecirc", "ê"), Map.entry("agrave", "à"), Map.entry("ccedil", "ç"), Map.entry("ocirc", "ô"),
            Map.entry("ucirc", "û"), Map.entry("euro", "€"), Map.entry("laquo", "«"), Map.entry("raquo", "»"));

    private HtmlText() {
    }

    /**
     * Linear in the text: an entity is looked for in the 9 characters after '&' only, so a text
     * of a million '&' costs a million steps, not a million squared. The result is never longer
     * than the input; the clock is read every few thousand characters.
     */
    static String toText(String html, EvaluationContext context) {
        StringBuilder out = new StringBuilder(Math.min(html.length(), 1 << 16));
        int i = 0;
        int n = html.length();
        int steps = 0;
        while (i < n) {
            Bounds.tick(context, steps++);
            char c = html.charAt(i);
            if (c == '<') {
                int close = html.indexOf('>', i);
                if (close < 0) {
                    break;
                }
                out.append(' ');
                i = close + 1;
            } else if (c == '&') {
                int semi = semicolon(html, i);
                String decoded = semi > i && semi - i <= 8 ? decode(html.substring(i + 1, semi)) : null;
                if (decoded == null) {
                    out.append(c);
                    i++;
                } else {
                    out.append(decoded);
                    i = semi + 1;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return collapse(out);
    }

    private static int semicolon(String html, int ampersand) {
        int end = Math.min(html.length(), ampersand + 10);
        for (int j = ampersand + 1; j < end; j++) {
            if (html.charAt(j) == ';') {
                return j;
            }
        }
        return -1;
    }

    private static String decode(String entity) {
        if (entity.startsWith("#")) {
            try {
                int code = entity.startsWith("#x") || entity.startsWith("#X")
                        ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1));
                return Character.isValidCodePoint(code) ? Character.toString(code) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return ENTITIES.get(entity);
    }

    private static String collapse(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = !out.isEmpty();
            } else {
                if (space) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}
