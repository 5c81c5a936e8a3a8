package fr.passerelle.dsl;

import fr.passerelle.dsl.MappingDocument.Entry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a mapping document's YAML into a {@link MappingDocument}, reporting every shape problem
 * (bad YAML, unknown or duplicate keys, a list where a map belongs ...) with its position instead
 * of stopping at the first.
 */
public final class DocumentReader {

    public static final Set<String> TOP_KEYS = Set.of("flow", "source", "target", "key", "where", "erpFilter", "extends",
            "version", "budget", "description", "lookups", "let", "fields", "rules", "tests");

    /** The document (null when the YAML itself is unreadable) and the problems found. */
    public record Result(@Nullable MappingDocument document, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private final SourceFile file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private DocumentReader(SourceFile file) {
        this.file = file;
    }

    public static Result read(String text, String fileName) {
        return new DocumentReader(new SourceFile(fileName, text)).read();
    }

    private Result read() {
        Node root;
        try {
            root = LenientYaml.compose(file.text());
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Position at = mark == null ? Position.start(file.name())
                    : new Position(file.name(), mark.getLine() + 1, mark.getColumn() + 1);
            diagnostics.add(Diagnostic.error(at, "YAML", "invalid YAML: " + e.getProblem()));
            return new Result(null, diagnostics);
        } catch (YAMLException e) {
            diagnostics.add(Diagnostic.error(Position.start(file.name()), "YAML", "invalid YAML: " + e.getMessage()));
            return new Result(null, diagnostics);
        }
        if (!(root instanceof MappingNode mapping)) {
            Position at = root == null ? Position.start(file.name()) : YamlNodes.position(file, root);
            diagnostics.add(Diagnostic.error(at, "SHAPE", "a mapping document is a YAML map (flow:, source:, target:, key:, fields: ...)"));
            return new Result(null, diagnostics);
        }
        return new Result(document(mapping), diagnostics);
    }

    private MappingDocument document(MappingNode root) {
        Map<String, NodeTuple> top = keys(root, TOP_KEYS, "");
        return new MappingDocument(file.name(), text(top, "flow"), text(top, "source"), text(top, "target"),
                text(top, "key"), text(top, "where"), text(top, "erpFilter"), text(top, "extends"),
                text(top, "version"), text(top, "budget"), text(top, "description"),
                new LookupReader(this).lookups(top.get("lookups")), entries(top.get("let"), "let"),
                fields(top.get("fields"), "fields"), new RuleReader(this).rules(top.get("rules")),
                new TestReader(this).tests(top.get("tests")));
    }

    /** The tuples of a map by key, reporting unknown (when {@code allowed} is not empty) and duplicate keys. */
    Map<String, NodeTuple> keys(MappingNode node, Set<String> allowed, String where) {
        Map<String, NodeTuple> byKey = new HashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            Scalar key = keyOf(tuple);
            if (key == null) {
                continue;
            }
            if (!allowed.isEmpty() && !allowed.contains(key.text())) {
                diagnostics.add(Diagnostic.error(key.position(), "UNKNOWN_KEY", "unknown key '" + key.text() + "'"
                        + where + hint(key.text(), allowed) + "; allowed: " + String.join(", ", allowed.stream().sorted().toList())));
                continue;
            }
            if (byKey.put(key.text(), tuple) != null) {
                diagnostics.add(Diagnostic.error(key.position(), "DUPLICATE_KEY", "'" + key.text() + "' appears twice" + where));
            }
        }
        return byKey;
    }

    @Nullable Scalar keyOf(NodeTuple tuple) {
        if (tuple.getKeyNode() instanceof ScalarNode key) {
            return YamlNodes.scalar(file, key);
        }
        diagnostics.add(Diagnostic.error(YamlNodes.position(file, tuple.getKeyNode()), "SHAPE", "keys must be plain names"));
        return null;
    }

    @Nullable Scalar text(Map<String, NodeTuple> map, String key) {
        NodeTuple tuple = map.get(key);
        return tuple == null ? null : scalarValue(tuple.getValueNode(), key);
    }

    /** A scalar value, or a SHAPE diagnostic when the node is a list or a map. */
    @Nullable Scalar scalarValue(Node node, String what) {
        if (node instanceof ScalarNode scalar) {
            return YamlNodes.scalar(file, scalar);
        }
        diagnostics.add(Diagnostic.error(YamlNodes.position(file, node), "SHAPE",
                "'" + what + "' takes a single value (an expression or a name), not a list or a map"));
        return null;
    }

    public static final Set<String> BLOCK_KEYS = Set.of("each", "where", "let", "fields");

    /** {@code fields:}: a map of target path to expression or {@code each} block, in order. */
    List<Entry> fields(@Nullable NodeTuple tuple, String what) {
        return entries(tuple, what, true);
    }

    /** A map of name to expression ({@code let:}, a rule's {@code set:}), in order. */
    List<Entry> entries(@Nullable NodeTuple tuple, String what) {
        return entries(tuple, what, false);
    }

    private List<Entry> entries(@Nullable NodeTuple tuple, String what, boolean blocks) {
        List<Entry> entries = new ArrayList<>();
        if (tuple == null) {
            return entries;
        }
        if (!(tuple.getValueNode() instanceof MappingNode map)) {
            if (!(tuple.getValueNode() instanceof ScalarNode s && s.getValue().isEmpty())) {
                diagnostics.add(Diagnostic.error(YamlNodes.position(file, tuple.getValueNode()), "SHAPE",
                        "'" + what + "' is a map of name: expression"));
            }
            return entries;
        }
        keys(map, Set.of(), " in '" + what + "'");
        for (NodeTuple entry : map.getValue()) {
            Scalar name = keyOf(entry);
            if (name == null) {
                continue;
            }
            if (blocks && entry.getValueNode() instanceof MappingNode block) {
                MappingDocument.Block read = block(name, block);
                if (read != null) {
                    entries.add(new Entry(name, null, read));
                }
                continue;
            }
            Scalar expression = scalarValue(entry.getValueNode(), name.text());
            if (expression != null) {
                entries.add(new Entry(name, expression));
            }
        }
        return entries;
    }

    /** An {@code each} block under a field: {@code each} (required), {@code where}, {@code let}, {@code fields}. */
    private MappingDocument.@Nullable Block block(Scalar name, MappingNode node) {
        Map<String, NodeTuple> keys = keys(node, BLOCK_KEYS, " in the block of '" + name.text() + "'");
        Position at = YamlNodes.position(file, node);
        Scalar each = text(keys, "each");
        if (each == null) {
            if (!keys.containsKey("each")) {
                diagnostics.add(Diagnostic.error(name.position(), "SHAPE", "'" + name.text()
                        + "' is a map: a block needs 'each: <list expression>' (and 'fields'); an expression is written on one line"));
            }
            return null;
        }
        List<Entry> fields = fields(keys.get("fields"), name.text() + ".fields");
        if (fields.isEmpty() && !keys.containsKey("fields")) {
            diagnostics.add(Diagnostic.error(name.position(), "MISSING_KEY", "the block of '" + name.text()
                    + "' has no 'fields': say what each item becomes"));
        }
        return new MappingDocument.Block(at, each, text(keys, "where"), entries(keys.get("let"), name.text() + ".let"), fields);
    }

    void report(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    SourceFile file() {
        return file;
    }

    private static String hint(String key, Set<String> allowed) {
        for (String candidate : allowed) {
            if (candidate.equalsIgnoreCase(key) || (Math.abs(candidate.length() - key.length()) <= 1
                    && commonPrefix(candidate, key) >= Math.min(candidate.length(), key.length()) - 1)) {
                return " (did you mean '" + candidate + "'?)";
            }
        }
        return "";
    }

    private static int commonPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && Character.toLowerCase(a.charAt(i)) == Character.toLowerCase(b.charAt(i))) {
            i++;
        }
        return i;
    }
}
