package fr.passerelle.bench;

import fr.passerelle.connector.EntitySchema;
import fr.passerelle.connector.FieldSchema;
import fr.passerelle.connector.FieldType;
import fr.passerelle.dsl.TemplateResolver;
import fr.passerelle.dsl.editor.Analysis;
import fr.passerelle.dsl.editor.EditorAssist;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The editor's compile service (issue 10, point 7: under 50 ms): one keystroke's analysis
 * (compile with schemas, golden tests included, plus the completions at the cursor) of a
 * 40-field document against a 300-field source schema and a 300-field target schema.
 * {@code BENCH=EditorAssistBenchmark src/test/jmh/run-benchmark.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class EditorAssistBenchmark {

    static final int FIELDS = 300;

    private final EditorAssist assist = new EditorAssist(Map.of("erp.wide", schema("erp.wide", "Field"),
            "shop.wide", schema("shop.wide", "field")), TemplateResolver.standard());
    private final String document = document();
    private final int cursor = document.indexOf("trim(Fie") + "trim(Fie".length();

    static EntitySchema schema(String name, String prefix) {
        List<FieldSchema> fields = new ArrayList<>();
        for (int i = 0; i < FIELDS - 3; i++) {
            fields.add(FieldSchema.of(prefix + i, i % 3 == 0 ? FieldType.DECIMAL : FieldType.STRING, "field number " + i));
        }
        fields.add(FieldSchema.of(prefix + "Lines", FieldType.LIST, "lines"));
        fields.add(FieldSchema.of(prefix + "Lines[].code", FieldType.STRING, "line code"));
        fields.add(FieldSchema.of(prefix + "Lines[].qty", FieldType.DECIMAL, "line quantity"));
        return new EntitySchema(name, fields, true, true, false);
    }

    static String document() {
        StringBuilder yaml = new StringBuilder("flow: products\nsource: erp.wide\ntarget: shop.wide\nkey: Field1\n"
                + "let:\n  price: round(Field0 * 1.2, 2)\nfields:\n");
        for (int i = 1; i < 40; i++) {
            yaml.append("  field").append(i).append(i % 3 == 0 ? ": fmt(price + Field" + i + ", 2)\n" : ": trim(Field" + i + ")\n");
        }
        yaml.append("  fieldLines:\n    each: FieldLines\n    fields:\n      code: upper(code)\n      qty: qty\n");
        yaml.append("tests:\n  - name: a record\n    input: {Field0: 10, Field1: A, Field3: 1}\n    expect: {field1: A, field3: \"13.00\"}\n");
        return yaml.toString().replace("field2: trim(Field2)", "field2: trim(Fie)");
    }

    @Benchmark
    public Analysis analyzeAKeystroke() {
        return assist.analyze(document, "wide.yaml", cursor);
    }
}
