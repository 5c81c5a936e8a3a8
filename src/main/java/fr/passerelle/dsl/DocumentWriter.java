package fr.passerelle.dsl;

import fr.passerelle.dsl.MappingDocument.Entry;
import fr.passerelle.dsl.MappingDocument.Expectation;
import fr.passerelle.dsl.MappingDocument.Lookup;
import fr.passerelle.dsl.MappingDocument.LookupEntry;
import fr.passerelle.dsl.MappingDocument.RuleDoc;
import fr.passerelle.dsl.MappingDocument.TestDoc;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/** Writes a document back as YAML: what {@code check --merged} prints, and what the plan hash covers. */
public final class DocumentWriter {

    private DocumentWriter() {
    }

    public static String write(MappingDocument document) {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "flow", document.flow());
        put(out, "description", document.description());
        put(out, "version", document.version());
        put(out, "source", document.source());
        put(out, "target", document.target());
        put(out, "key", document.key());
        put(out, "where", document.where());
        put(out, "erpFilter", document.erpFilter());
        put(out, "budget", document.budget());
        if (!document.lookups().isEmpty()) {
            Map<String, Object> tables = new LinkedHashMap<>();
            for (Lookup table : document.lookups()) {
                Map<String, @Nullable Object> rows = new LinkedHashMap<>();
                for (LookupEntry entry : table.entries()) {
                    rows.put(entry.key().text(), entry.value());
                }
                tables.put(table.name().text(), rows);
            }
            out.put("lookups", tables);
        }
        putEntries(out, "let", document.lets());
        putEntries(out, "fields", document.fields());
        if (!document.rules().isEmpty()) {
            List<Object> rules = new ArrayList<>();
            for (RuleDoc rule : document.rules()) {
                Map<String, Object> r = new LinkedHashMap<>();
                put(r, "name", rule.name());
                put(r, "when", rule.when());
                putEntries(r, "set", rule.set());
                put(r, "reject", rule.reject());
                rules.add(r);
            }
            out.put("rules", rules);
        }
        if (!document.tests().isEmpty()) {
            List<Object> tests = new ArrayList<>();
            for (TestDoc test : document.tests()) {
                Map<String, Object> t = new LinkedHashMap<>();
                put(t, "name", test.name());
                t.put("input", test.input());
                if (!test.profile().isEmpty()) {
                    t.put("profile", test.profile());
                }
                if (!test.expect().isEmpty()) {
                    Map<String, @Nullable Object> expect = new LinkedHashMap<>();
                    for (Expectation e : test.expect()) {
                        expect.put(e.path().text(), e.value());
                    }
                    t.put("expect", expect);
                }
                put(t, "fails", test.fails());
                if (test.skips()) {
                    t.put("skips", true);
                }
                tests.add(t);
            }
            out.put("tests", tests);
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        return new Yaml(new PlainNumbers(options), options).dump(out);
    }

    /** Numbers (BigDecimal in documents) written as plain YAML numbers, not {@code !!float '10'}. */
    private static final class PlainNumbers extends Representer {
        PlainNumbers(DumperOptions options) {
            super(options);
            this.representers.put(BigDecimal.class, data -> {
                BigDecimal number = (BigDecimal) data;
                return representScalar(number.scale() <= 0 ? Tag.INT : Tag.FLOAT, number.toPlainString());
            });
        }
    }

    private static void put(Map<String, Object> out, String key, @Nullable Scalar value) {
        if (value != null) {
            out.put(key, value.text());
        }
    }

    /** Entries as a map of name to expression text, or to a nested map for an {@code each} block. */
    private static void putEntries(Map<String, Object> out, String key, List<Entry> entries) {
        if (!entries.isEmpty()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Entry e : entries) {
                if (e.block() != null) {
                    Map<String, Object> block = new LinkedHashMap<>();
                    put(block, "each", e.block().each());
                    put(block, "where", e.block().where());
                    putEntries(block, "let", e.block().lets());
                    putEntries(block, "fields", e.block().fields());
                    map.put(e.name().text(), block);
                } else {
                    map.put(e.name().text(), e.requireExpression().text());
                }
            }
            out.put(key, map);
        }
    }
}
