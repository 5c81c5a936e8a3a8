package fr.passerelle.dsl;

import fr.passerelle.dsl.MappingDocument.RuleDoc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads {@code rules:}: a list of {name, when, set, reject}. */
final class RuleReader {

    private static final Set<String> KEYS = Set.of("name", "when", "set", "reject", "description");

    private final DocumentReader reader;

    RuleReader(DocumentReader reader) {
        this.reader = reader;
    }

    List<RuleDoc> rules(@Nullable NodeTuple tuple) {
        List<RuleDoc> rules = new ArrayList<>();
        if (tuple == null) {
            return rules;
        }
        if (!(tuple.getValueNode() instanceof SequenceNode list)) {
            reader.report(Diagnostic.error(YamlNodes.position(reader.file(), tuple.getValueNode()), "SHAPE",
                    "'rules' is a list: each rule starts with '- name: ...'"));
            return rules;
        }
        Set<String> names = new HashSet<>();
        for (Node item : list.getValue()) {
            Position at = YamlNodes.position(reader.file(), item);
            if (!(item instanceof MappingNode rule)) {
                reader.report(Diagnostic.error(at, "SHAPE", "a rule is a map with name, when, set and/or reject"));
                continue;
            }
            Map<String, NodeTuple> keys = reader.keys(rule, KEYS, " in a rule");
            Scalar name = reader.text(keys, "name");
            if (name == null) {
                reader.report(Diagnostic.error(at, "MISSING_KEY", "a rule needs a 'name' (rules are overridden by name)"));
                continue;
            }
            if (!names.add(name.text())) {
                reader.report(Diagnostic.error(name.position(), "DUPLICATE_RULE", "two rules are named '" + name.text() + "'"));
            }
            Scalar reject = reader.text(keys, "reject");
            var set = reader.entries(keys.get("set"), "set");
            if (reject == null && set.isEmpty()) {
                reader.report(Diagnostic.error(name.position(), "SHAPE", "rule '" + name.text() + "' does nothing: give it 'set' or 'reject'"));
            }
            rules.add(new RuleDoc(name, at, reader.text(keys, "when"), set, reject));
        }
        return rules;
    }
}
