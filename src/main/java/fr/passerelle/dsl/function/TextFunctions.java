package fr.passerelle.dsl.function;

import fr.passerelle.plan.EvaluationContext;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Text functions: null in, null out; other values are taken as their text. */
final class TextFunctions {

    private TextFunctions() {
    }

    static @Nullable Object trim(@Nullable Object s) {
        String text = Values.text(s);
        return text == null ? null : text.trim();
    }

    static @Nullable Object trimToNull(@Nullable Object s) {
        String text = Values.text(s);
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Upper case (locale-independent); linear even for letters that grow ('ß' is "SS"). */
    static @Nullable Object upper(@Nullable Object s, EvaluationContext context) {
        String text = Values.text(s);
        return text == null ? null : CaseMapping.upper(text, context);
    }

    /** Lower case (locale-independent); linear even for letters that grow ('İ'). */
    static @Nullable Object lower(@Nullable Object s, EvaluationContext context) {
        String text = Values.text(s);
        return text == null ? null : CaseMapping.lower(text, context);
    }

    /**
     * Lower case, accents folded to ASCII, every run of other characters one '-', none at either
     * end. The text is decomposed (NFD) a chunk at a time, so a long text never costs more than a
     * chunk's decomposition at once; cutting anywhere but inside a surrogate pair is harmless here,
     * since every combining mark is dropped. The result is never longer than the budget allows.
     */
    static @Nullable Object slug(@Nullable Object s, EvaluationContext context) {
        String text = Values.text(s);
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), SLUG_CHUNK));
        boolean pendingDash = false;
        for (int from = 0; from < text.length(); ) {
            int to = Math.min(text.length(), from + SLUG_CHUNK);
            if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
                to--;
            }
            String decomposed = Normalizer.normalize(text.substring(from, to), Normalizer.Form.NFD);
            for (int i = 0; i < decomposed.length(); i++) {
                char c = decomposed.charAt(i);
                char lower = c < 128 ? (char) (c >= 'A' && c <= 'Z' ? c + 32 : c) : 0;
                if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
                    if (pendingDash && !out.isEmpty()) {
                        out.append('-');
                    }
                    pendingDash = false;
                    out.append(lower);
                } else if (!isMark(c)) {
                    pendingDash = true;
                }
            }
            Bounds.text(out.length());
            context.checkBudget();
            from = to;
        }
        return out.toString();
    }

    private static final int SLUG_CHUNK = 8192;

    private static boolean isMark(char c) {
        if (c < 0x300) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Items between separators, trimmed, blanks dropped; never more items than the budget allows. */
    static @Nullable Object split(@Nullable Object s, @Nullable Object separator, EvaluationContext context) {
        String text = Values.text(s);
        String sep = Values.text(separator);
        if (text == null) {
            return null;
        }
        List<String> items = new ArrayList<>();
        if (sep == null || sep.isEmpty()) {
            addTrimmed(items, text);
            return items;
        }
        TextSearch search = TextSearch.of(text, sep, context);
        int from = 0;
        for (int n = 0; ; n++) {
            Bounds.tick(context, n);
            int at = search.indexOf(from);
            if (at < 0) {
                addTrimmed(items, text.substring(from));
                return items;
            }
            addTrimmed(items, text.substring(from, at));
            Bounds.list(items.size() + 1L);
            from = at + sep.length();
        }
    }

    private static void addTrimmed(List<String> items, String item) {
        String trimmed = item.trim();
        if (!trimmed.isEmpty()) {
            items.add(trimmed);
        }
    }

    /** Non-blank arguments, trimmed, joined with " > " (category levels); null when all are blank. */
    static @Nullable Object path(@Nullable Object[] levels) {
        long length = 0;
        for (Object level : levels) {
            String text = Values.text(level);
            length += text == null ? 0 : text.length() + 3;
        }
        Bounds.text(length);
        StringBuilder out = null;
        for (Object level : levels) {
            String text = Values.text(level);
            if (text == null || text.isBlank()) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(64);
            } else {
                out.append(" > ");
            }
            out.append(text.trim());
        }
        return out == null ? null : out.toString();
    }

    /** The arguments' texts end to end, nulls skipped; null when all are null; the length is checked first. */
    static @Nullable Object concat(@Nullable Object[] parts) {
        String[] texts = new String[parts.length];
        long length = 0;
        boolean any = false;
        for (int i = 0; i < parts.length; i++) {
            texts[i] = Values.text(parts[i]);
            if (texts[i] != null) {
                any = true;
                length += texts[i].length();
            }
        }
        if (!any) {
            return null;
        }
        StringBuilder out = new StringBuilder(Bounds.text(length));
        for (String text : texts) {
            if (text != null) {
                out.append(text);
            }
        }
        return out.toString();
    }

    /** Characters from {@code start} (0-based) up to {@code end} (exclusive, optional), clamped to the text. */
    static @Nullable Object substring(@Nullable Object s, @Nullable Object start, @Nullable Object end) {
        String text = Values.text(s);
        if (text == null) {
            return null;
        }
        int from = clamp(Values.integer(start, "substring"), text.length());
        int to = end == null ? text.length() : clamp(Values.integer(end, "substring"), text.length());
        return to <= from ? "" : text.substring(from, from + Bounds.text(to - from));
    }

    /** The first n characters; the result's length is checked before it is cut. */
    static @Nullable Object left(@Nullable Object s, @Nullable Object n) {
        String text = Values.text(s);
        return text == null ? null : text.substring(0, Bounds.text(clamp(Values.integer(n, "left"), text.length())));
    }

    /** The last n characters; the result's length is checked before it is cut. */
    static @Nullable Object right(@Nullable Object s, @Nullable Object n) {
        String text = Values.text(s);
        return text == null ? null
                : text.substring(text.length() - Bounds.text(clamp(Values.integer(n, "right"), text.length())));
    }

    private static int clamp(int index, int length) {
        return Math.max(0, Math.min(index, length));
    }

    /**
     * Every occurrence of {@code find} (plain text, not a pattern) replaced. The occurrences are
     * counted first, so a result over the budget is refused before it is built (four nested
     * replacements of one character by a thousand would otherwise need terabytes).
     */
    static @Nullable Object replace(@Nullable Object s, @Nullable Object find, @Nullable Object with,
            EvaluationContext context) {
        String text = Values.text(s);
        String target = Values.text(find);
        if (text == null || target == null || target.isEmpty()) {
            return text;
        }
        String replacement = Values.text(with);
        replacement = replacement == null ? "" : replacement;
        TextSearch search = TextSearch.of(text, target, context);
        long occurrences = 0;
        for (int at = search.indexOf(0); at >= 0; at = search.indexOf(at + target.length())) {
            Bounds.tick(context, (int) occurrences++);
        }
        if (occurrences == 0) {
            return text;
        }
        long length = text.length() + occurrences * (replacement.length() - target.length());
        StringBuilder out = new StringBuilder(Bounds.text(length));
        int from = 0;
        for (int at = search.indexOf(0); at >= 0; at = search.indexOf(from)) {
            out.append(text, from, at).append(replacement);
            from = at + target.length();
        }
        return out.append(text, from, text.length()).toString();
    }

    /** The text of an HTML fragment: tags dropped, common entities decoded, whitespace runs collapsed. */
    static @Nullable Object htmlToText(@Nullable Object s, EvaluationContext context) {
        String html = Values.text(s);
        return html == null ? null : HtmlText.toText(html, context);
    }

    /** s when it is 13 ASCII digits with a valid EAN-13 check digit, else null. */
    static @Nullable Object ean13(@Nullable Object s) {
        String code = Values.text(s);
        if (code == null || code.length() != 13) {
            return null;
        }
        int sum = 0;
        for (int i = 0; i < 13; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            if (i < 12) {
                sum += (c - '0') * (i % 2 == 0 ? 1 : 3);
            }
        }
        return (10 - sum % 10) % 10 == code.charAt(12) - '0' ? code : null;
    }
}
