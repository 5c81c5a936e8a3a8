package fr.passerelle.dsl.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the cursor is in a mapping document, read from the text's outline (indentation and
 * {@code key:} lines) so that it works on a document being typed, which is often not valid YAML.
 *
 * @param path the keys of the enclosing maps, outermost first ({@code [fields, lines, fields]})
 * @param key the key of the cursor's line (or of the multi-line value it is in); empty in key position
 * @param inValue true when the cursor is in the value (an expression), false when it is on a key
 * @param word the name being typed just before the cursor
 * @param wordStart the offset in the text where {@code word} starts
 * @param afterDot the character before the word is a '.' (a method or a field of a value)
 */
record CursorContext(List<String> path, String key, boolean inValue, String word, int wordStart, boolean afterDot) {

    private static final Pattern KEY_LINE = Pattern.compile("^(\\s*)(?:-\\s+)?([A-Za-z0-9_$@.\\[\\]=,'\\-]+)\\s*:(\\s|$)(.*)$");

    static CursorContext at(String text, int cursor) {
        int at = Math.max(0, Math.min(cursor, text.length()));
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        int lineEnd = text.indexOf('\n', at);
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        int column = at - lineStart;
        int wordStart = at;
        while (wordStart > lineStart && isNamePart(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, at);
        boolean afterDot = wordStart > lineStart && text.charAt(wordStart - 1) == '.';

        List<String[]> above = outlineAbove(text, lineStart);
        int indent = indentOf(line);
        Matcher m = KEY_LINE.matcher(line);
        String key;
        boolean inValue;
        if (m.matches() && column > m.end(2)) {
            key = m.group(2);
            inValue = true;
            indent = m.group(1).length();
        } else if (m.matches() || line.isBlank() || !continuesAValue(above, indent)) {
            key = "";
            inValue = false;
            indent = line.isBlank() ? column : indent;
        } else {
            String[] owner = nearestWithIndentBelow(above, indent);
            key = owner[1];
            inValue = true;
            indent = Integer.parseInt(owner[0]);
        }
        return new CursorContext(parents(above, indent), key, inValue, word, wordStart, afterDot);
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The key lines before {@code end}: [indent, key, value] each, top to bottom. */
    private static List<String[]> outlineAbove(String text, int end) {
        List<String[]> lines = new ArrayList<>();
        for (String line : text.substring(0, end).split("\n", -1)) {
            Matcher m = KEY_LINE.matcher(line);
            if (m.matches() && !line.trim().startsWith("#")) {
                lines.add(new String[] {String.valueOf(m.group(1).length()), m.group(2), m.group(4).trim()});
            }
        }
        return lines;
    }

    /** A line without a key, deeper than a key whose value is a folded or literal block: part of that value. */
    private static boolean continuesAValue(List<String[]> above, int indent) {
        String[] owner = nearestWithIndentBelow(above, indent);
        return owner != null && owner[2].matches("[>|][-+]?");
    }

    private static String[] nearestWithIndentBelow(List<String[]> above, int indent) {
        for (int i = above.size() - 1; i >= 0; i--) {
            if (Integer.parseInt(above.get(i)[0]) < indent) {
                return above.get(i);
            }
        }
        return null;
    }

    /** The keys of the maps enclosing a line of indentation {@code indent}, outermost first. */
    private static List<String> parents(List<String[]> above, int indent) {
        List<String> path = new ArrayList<>();
        int limit = indent;
        for (int i = above.size() - 1; i >= 0 && limit > 0; i--) {
            int level = Integer.parseInt(above.get(i)[0]);
            if (level < limit) {
                path.addFirst(above.get(i)[1]);
                limit = level;
            }
        }
        return path;
    }
}
