package fr.passerelle.dsl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Helpers over SnakeYAML's node tree: positioned scalars and typed plain values. */
final class YamlNodes {

    private YamlNodes() {
    }

    static Position position(SourceFile file, Node node) {
        return file.position(node.getStartMark().getIndex());
    }

    /**
     * The scalar with, for each character of its value, the index of the source character it
     * came from: the value is aligned greedily on the raw text, a folded line break matching a space.
     */
    static Scalar scalar(SourceFile file, ScalarNode node) {
        String value = LenientYaml.restore(node.getValue());
        String raw = file.text();
        int start = node.getStartMark().getIndex();
        int end = Math.min(raw.length(), node.getEndMark().getIndex());
        DumperOptions.ScalarStyle style = node.getScalarStyle();
        int p = start;
        if (style == DumperOptions.ScalarStyle.SINGLE_QUOTED || style == DumperOptions.ScalarStyle.DOUBLE_QUOTED) {
            p++;
        } else if (style == DumperOptions.ScalarStyle.LITERAL || style == DumperOptions.ScalarStyle.FOLDED) {
            int newline = raw.indexOf('\n', start);
            p = newline < 0 ? end : newline + 1;
        }
        int[] index = new int[value.length() + 1];
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            int q = p;
            while (q < end && raw.charAt(q) != c && !(c == ' ' && raw.charAt(q) == '\n')) {
                q++;
            }
            if (q >= end) {
                q = Math.min(p, Math.max(start, end - 1));
            }
            index[k] = q;
            p = q + 1;
            if (c != '\n' && q < end && raw.charAt(q) == '\n') {
                while (p < end && (raw.charAt(p) == ' ' || raw.charAt(p) == '\t')) {
                    p++;
                }
            }
        }
        index[value.length()] = value.isEmpty() ? start : Math.min(index[value.length() - 1] + 1, raw.length());
        return new Scalar(value, file, index);
    }

    /** A plain value: texts, BigDecimal numbers, true/false, null, lists and maps (for tests and lookups). */
    static @Nullable Object value(Node node) {
        if (node instanceof ScalarNode scalar) {
            return typed(scalar);
        }
        if (node instanceof SequenceNode sequence) {
            List<@Nullable Object> list = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                list.add(value(item));
            }
            return list;
        }
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode k ? LenientYaml.restore(k.getValue()) : String.valueOf(value(tuple.getKeyNode()));
            map.put(key, value(tuple.getValueNode()));
        }
        return map;
    }

    private static @Nullable Object typed(ScalarNode scalar) {
        String text = LenientYaml.restore(scalar.getValue());
        if (scalar.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN) {
            return text;
        }
        Tag tag = scalar.getTag();
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            // YAML 1.1 also reads yes/no/on/off as booleans: "NO" (Norway) must stay a text.
            return text.equalsIgnoreCase("true") ? Boolean.TRUE : text.equalsIgnoreCase("false") ? Boolean.FALSE : text;
        }
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            try {
                return new BigDecimal(text.replace("_", ""));
            } catch (NumberFormatException e) {
                return text;
            }
        }
        return text;
    }
}
