package fr.passerelle.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses target paths ({@code a.b}, {@code list[field=value].c}); see {@link TargetPath}. */
public final class TargetPathSyntax {

    private TargetPathSyntax() {
    }

    /** Thrown for a malformed path; {@code offset} is the character the problem starts at. */
    public static final class PathSyntaxException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int offset;

        PathSyntaxException(String message, int offset) {
            super(message);
            this.offset = offset;
        }

        public int offset() {
            return offset;
        }
    }

    public static TargetPath parse(String text) {
        List<TargetPath.Segment> segments = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (true) {
            int start = i;
            while (i < n && isNameChar(text.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw new PathSyntaxException("a target path segment needs a name (letters, digits, '_', '-', '$', '@')", i);
            }
            String name = text.substring(start, i);
            if (i < n && text.charAt(i) == '[') {
                Map<String, String> match = new LinkedHashMap<>();
                i = readConditions(text, i + 1, match);
                segments.add(new TargetPath.KeyedEntry(name, match));
                if (i >= n) {
                    throw new PathSyntaxException("a keyed list entry must be followed by the field to set, e.g. '"
                            + text + ".value'", n);
                }
            } else {
                segments.add(new TargetPath.Property(name));
            }
            if (i >= n) {
                return new TargetPath(text, segments);
            }
            if (text.charAt(i) != '.') {
                throw new PathSyntaxException("unexpected '" + text.charAt(i) + "' in target path", i);
            }
            i++;
        }
    }

    private static int readConditions(String text, int from, Map<String, String> match) {
        int i = from;
        int n = text.length();
        while (true) {
            int start = i;
            while (i < n && isNameChar(text.charAt(i))) {
                i++;
            }
            if (i == start || i >= n || text.charAt(i) != '=') {
                throw new PathSyntaxException("a list entry selector reads [field=value]", Math.min(i, n));
            }
            String field = text.substring(start, i);
            i++;
            String value;
            if (i < n && text.charAt(i) == '\'') {
                int close = text.indexOf('\'', i + 1);
                if (close < 0) {
                    throw new PathSyntaxException("unclosed quote in list entry selector", i);
                }
                value = text.substring(i + 1, close);
                i = close + 1;
            } else {
                int valueStart = i;
                while (i < n && text.charAt(i) != ']' && text.charAt(i) != ',') {
                    i++;
                }
                value = text.substring(valueStart, i).trim();
            }
            if (value.isEmpty()) {
                throw new PathSyntaxException("empty value in list entry selector", i);
            }
            match.put(field, value);
            if (i >= n) {
                throw new PathSyntaxException("missing ']' in list entry selector", n);
            }
            char c = text.charAt(i++);
            if (c == ']') {
                return i;
            }
            if (c != ',') {
                throw new PathSyntaxException("expected ',' or ']' in list entry selector", i - 1);
            }
        }
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '$' || c == '@';
    }
}
