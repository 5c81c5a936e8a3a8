package fr.passerelle.dsl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A mapping document as written (after {@code extends} merging, as the compiler sees it): every
 * text keeps its position. See {@code dsl/README.md} for what each key means.
 */
public record MappingDocument(String file, @Nullable Scalar flow, @Nullable Scalar source, @Nullable Scalar target,
        @Nullable Scalar key, @Nullable Scalar where, @Nullable Scalar erpFilter, @Nullable Scalar extendsRef,
        @Nullable Scalar version, @Nullable Scalar budget, @Nullable Scalar description,
        List<Lookup> lookups, List<Entry> lets, List<Entry> fields, List<RuleDoc> rules, List<TestDoc> tests) {

    public MappingDocument {
        lookups = List.copyOf(lookups);
        lets = List.copyOf(lets);
        fields = List.copyOf(fields);
        rules = List.copyOf(rules);
        tests = List.copyOf(tests);
    }

    /**
     * A named expression: a {@code let}, a field (name = target path) or a rule's {@code set} entry;
     * a field may hold an {@code each} block instead of an expression (exactly one of the two is set).
     */
    public record Entry(Scalar name, @Nullable Scalar expression, @Nullable Block block) {

        public Entry {
            if ((expression == null) == (block == null)) {
                throw new IllegalArgumentException("an entry holds an expression or a block: " + name.text());
            }
        }

        public Entry(Scalar name, Scalar expression) {
            this(name, expression, null);
        }

        /** The expression (lets and rule entries always have one). */
        public Scalar requireExpression() {
            if (expression == null) {
                throw new IllegalStateException("'" + name.text() + "' is a block, not an expression");
            }
            return expression;
        }
    }

    /**
     * An {@code each} block: the target list gets one object per item of the {@code each} list for
     * which {@code where} is true, built by {@code fields} (which may hold blocks in turn).
     */
    public record Block(Position position, Scalar each, @Nullable Scalar where, List<Entry> lets, List<Entry> fields) {
        public Block {
            lets = List.copyOf(lets);
            fields = List.copyOf(fields);
        }
    }

    /** A lookup table: entries in document order, keys as written. */
    public record Lookup(Scalar name, List<LookupEntry> entries) {
        public Lookup {
            entries = List.copyOf(entries);
        }
    }

    /** One row of a lookup table; {@code value} is typed (text, BigDecimal, Boolean or null). */
    public record LookupEntry(Scalar key, @Nullable Object value) {
    }

    /** A rule: applied after the fields, in order. */
    public record RuleDoc(Scalar name, Position position, @Nullable Scalar when, List<Entry> set,
            @Nullable Scalar reject) {
        public RuleDoc {
            set = List.copyOf(set);
        }
    }

    /**
     * A golden sample: {@code input} (and optional {@code profile}) must give the {@code expect}ed
     * fields, or fail with a message containing {@code fails}, or be skipped.
     */
    public record TestDoc(Scalar name, Position position, Map<String, @Nullable Object> input,
            Map<String, @Nullable Object> profile, List<Expectation> expect, @Nullable Scalar fails, boolean skips) {
        public TestDoc {
            input = Collections.unmodifiableMap(new LinkedHashMap<>(input));
            profile = Collections.unmodifiableMap(new LinkedHashMap<>(profile));
            expect = List.copyOf(expect);
        }
    }

    /** One expected field of a test: target path and typed value (null: the field must be absent). */
    public record Expectation(Scalar path, @Nullable Object value) {
    }
}
