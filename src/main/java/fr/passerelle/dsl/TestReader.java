package fr.passerelle.dsl;

import fr.passerelle.dsl.MappingDocument.Expectation;
import fr.passerelle.dsl.MappingDocument.TestDoc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads {@code tests:}: golden samples with input and expected fields, failure or skip. */
final class TestReader {

    private static final Set<String> KEYS = Set.of("name", "input", "profile", "expect", "fails", "skips", "description");

    private final DocumentReader reader;

    TestReader(DocumentReader reader) {
        this.reader = reader;
    }

    List<TestDoc> tests(@Nullable NodeTuple tuple) {
        List<TestDoc> tests = new ArrayList<>();
        if (tuple == null) {
            return tests;
        }
        if (!(tuple.getValueNode() instanceof SequenceNode list)) {
            reader.report(Diagnostic.error(YamlNodes.position(reader.file(), tuple.getValueNode()), "SHAPE",
                    "'tests' is a list: each test starts with '- name: ...'"));
            return tests;
        }
        for (Node item : list.getValue()) {
            Position at = YamlNodes.position(reader.file(), item);
            if (!(item instanceof MappingNode test)) {
                reader.report(Diagnostic.error(at, "SHAPE", "a test is a map with name, input and expect, fails or skips"));
                continue;
            }
            Map<String, NodeTuple> keys = reader.keys(test, KEYS, " in a test");
            Scalar name = reader.text(keys, "name");
            if (name == null) {
                reader.report(Diagnostic.error(at, "MISSING_KEY", "a test needs a 'name'"));
                continue;
            }
            Map<String, @Nullable Object> input = map(keys.get("input"), "input", name);
            Map<String, @Nullable Object> profile = map(keys.get("profile"), "profile", name);
            List<Expectation> expect = expectations(keys.get("expect"));
            Scalar fails = reader.text(keys, "fails");
            Scalar skips = reader.text(keys, "skips");
            boolean skipped = skips != null && skips.text().equalsIgnoreCase("true");
            if (expect.isEmpty() && fails == null && !skipped) {
                reader.report(Diagnostic.error(name.position(), "SHAPE", "test '" + name.text()
                        + "' checks nothing: give it 'expect', 'fails' or 'skips: true'"));
            }
            tests.add(new TestDoc(name, at, input, profile, expect, fails, skipped));
        }
        return tests;
    }

    @SuppressWarnings("unchecked")
    private Map<String, @Nullable Object> map(@Nullable NodeTuple tuple, String what, Scalar test) {
        if (tuple == null) {
            return new LinkedHashMap<>();
        }
        if (!(tuple.getValueNode() instanceof MappingNode node)) {
            reader.report(Diagnostic.error(YamlNodes.position(reader.file(), tuple.getValueNode()), "SHAPE",
                    "the '" + what + "' of test '" + test.text() + "' is a map of field: value"));
            return new LinkedHashMap<>();
        }
        return (Map<String, @Nullable Object>) YamlNodes.value(node);
    }

    private List<Expectation> expectations(@Nullable NodeTuple tuple) {
        List<Expectation> expect = new ArrayList<>();
        if (tuple == null) {
            return expect;
        }
        if (!(tuple.getValueNode() instanceof MappingNode node)) {
            reader.report(Diagnostic.error(YamlNodes.position(reader.file(), tuple.getValueNode()), "SHAPE",
                    "'expect' is a map of target path: expected value"));
            return expect;
        }
        for (NodeTuple entry : node.getValue()) {
            if (entry.getKeyNode() instanceof ScalarNode key) {
                expect.add(new Expectation(YamlNodes.scalar(reader.file(), key), YamlNodes.value(entry.getValueNode())));
            }
        }
        return expect;
    }
}
