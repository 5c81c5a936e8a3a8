package fr.passerelle.ui.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The form's edits applied to the document's text (MAP-1: the form and the YAML are two views of
 * one document). Edits splice the text of the top-level {@code fields:} block, so everything else
 * (comments, order, the other keys) stays as the user wrote it. Text that does not parse is left alone.
 */
final class MappingText {

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.]*");

    private MappingText() {
    }

    /** A profile's own entry of {@code fields:}: an expression, or an {@code each} block with its item fields. */
    record Override(String name, @Nullable String expression, @Nullable String each, Map<String, String> itemFields) {

        boolean isBlock() {
            return each != null;
        }
    }

    /** The profile's own field entries (its overrides of the template), in document order. */
    static Map<String, Override> overrides(String text) {
        Map<String, Override> out = new LinkedHashMap<>();
        sectionNode(text, "fields").ifPresent(fields -> {
            for (NodeTuple tuple : fields.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    continue;
                }
                if (tuple.getValueNode() instanceof ScalarNode value) {
                    out.put(key.getValue(), new Override(key.getValue(), value.getValue(), null, Map.of()));
                } else if (tuple.getValueNode() instanceof MappingNode block) {
                    String each = null;
                    Map<String, String> items = new LinkedHashMap<>();
                    for (NodeTuple inner : block.getValue()) {
                        String innerKey = inner.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
                        if (innerKey.equals("each") && inner.getValueNode() instanceof ScalarNode s) {
                            each = s.getValue();
                        } else if (innerKey.equals("fields") && inner.getValueNode() instanceof MappingNode f) {
                            for (NodeTuple item : f.getValue()) {
                                if (item.getKeyNode() instanceof ScalarNode k && item.getValueNode() instanceof ScalarNode v) {
                                    items.put(k.getValue(), v.getValue());
                                }
                            }
                        }
                    }
                    out.put(key.getValue(), new Override(key.getValue(), null, each == null ? "" : each, items));
                }
            }
        });
        return out;
    }

    /** Maps a target field to an expression (a source field's name is an expression too). */
    static String setField(String text, String name, String expression) {
        return replaceEntry(text, "fields", name, List.of(key(name) + ": " + scalar(expression)));
    }

    /** Writes a whole lookup table into the profile's {@code lookups:} (it replaces the template's table of that name). */
    static String setLookup(String text, String table, Map<String, String> entries) {
        List<String> lines = new ArrayList<>();
        lines.add(key(table) + ":");
        entries.forEach((k, v) -> lines.add("  " + quoted(k) + ": " + quoted(v)));
        return replaceEntry(text, "lookups", table, lines);
    }

    /** Appends a test to the profile's {@code tests:} (input and expectations in JSON, which YAML reads). */
    static String addTest(String text, String name, String inputJson, String expectJson) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        List<String> test = List.of("  - name: " + quoted(name), "    input: " + inputJson, "    expect: " + expectJson);
        int testsLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("tests:\\s*(#.*)?")) {
                testsLine = i;
            }
        }
        if (testsLine < 0) {
            lines.add("tests:");
            lines.addAll(test);
        } else {
            int at = testsLine + 1;
            while (at < lines.size() && (lines.get(at).startsWith(" ") || lines.get(at).isBlank())) {
                at++;
            }
            lines.addAll(at, test);
        }
        return String.join("\n", lines) + "\n";
    }

    static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Maps a target list with an {@code each} block: one object per item of {@code each}, built by {@code items}. */
    static String setBlock(String text, String name, String each, Map<String, String> items) {
        List<String> lines = new ArrayList<>();
        lines.add(key(name) + ":");
        lines.add("  each: " + scalar(each));
        lines.add("  fields:");
        items.forEach((k, v) -> lines.add("    " + key(k) + ": " + scalar(v)));
        return replaceEntry(text, "fields", name, lines);
    }

    /** Drops the profile's entry: the template's mapping applies again. */
    static String reset(String text, String name) {
        return replaceEntry(text, "fields", name, List.of());
    }

    private static String replaceEntry(String text, String section, String name, List<String> newLines) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        Optional<MappingNode> fields = sectionNode(text, section);
        if (fields.isEmpty()) {
            if (newLines.isEmpty()) {
                return text;
            }
            lines.add(section + ":");
            newLines.forEach(l -> lines.add("  " + l));
            return String.join("\n", lines) + "\n";
        }
        MappingNode node = fields.get();
        String indent = node.getValue().isEmpty() ? "  "
                : " ".repeat(node.getValue().getFirst().getKeyNode().getStartMark().getColumn());
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(name)) {
                int from = key.getStartMark().getLine();
                int to = endLine(tuple.getValueNode());
                for (int i = to; i >= from; i--) {
                    lines.remove(i);
                }
                int at = from;
                for (String l : newLines) {
                    lines.add(at++, indent + l);
                }
                return String.join("\n", lines) + "\n";
            }
        }
        if (newLines.isEmpty()) {
            return text;
        }
        int at;
        if (node.getValue().isEmpty()) {
            // 'fields:' with nothing (or {}) after it: write the block under the key
            int keyLine = node.getStartMark().getLine();
            String line = lines.get(keyLine);
            lines.set(keyLine, line.replaceFirst(":\\s*\\{\\s*}\\s*$", ":"));
            at = keyLine + 1;
        } else {
            at = endLine(node.getValue().getLast().getValueNode()) + 1;
        }
        for (String l : newLines) {
            lines.add(at++, indent + l);
        }
        return String.join("\n", lines) + "\n";
    }

    /** The last line a value occupies (a block's end mark sits at the start of the next line). */
    private static int endLine(Node value) {
        var end = value.getEndMark();
        return end.getColumn() == 0 && end.getLine() > value.getStartMark().getLine() ? end.getLine() - 1 : end.getLine();
    }

    private static Optional<MappingNode> sectionNode(String text, String section) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(10);
            Node root = new Yaml(options).compose(new java.io.StringReader(text));
            if (root instanceof MappingNode map) {
                for (NodeTuple tuple : map.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(section)
                            && tuple.getValueNode() instanceof MappingNode fields) {
                        return Optional.of(fields);
                    }
                }
            }
        } catch (RuntimeException e) {
            // the user is typing: no form edit until the text parses again
        }
        return Optional.empty();
    }

    private static String key(String name) {
        return PLAIN.matcher(name).matches() || name.matches("[\\p{L}_][^:#\\s]*") ? name : scalar(name);
    }

    /** A YAML scalar for an expression: plain when it is a name, double-quoted otherwise (an expression's quotes kept). */
    static String scalar(String expression) {
        String e = expression.strip();
        if (PLAIN.matcher(e).matches() && !e.equals("true") && !e.equals("false") && !e.equals("null")) {
            return e;
        }
        return "\"" + e.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
