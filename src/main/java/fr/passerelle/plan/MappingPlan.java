package fr.passerelle.plan;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A mapping document compiled for execution: immutable, shared by every thread of a run.
 * {@link #apply} maps one source record; it never throws for a bad record (the failure is the
 * result) and never parses anything.
 */
public final class MappingPlan {

    /** The per-record time budget when the document does not set one. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(1);

    private final String flow;
    private final String source;
    private final String target;
    private final CompiledExpression key;
    private final @Nullable CompiledExpression where;
    private final Map<String, LookupTable> lookups;
    private final List<LetBinding> lets;
    private final List<FieldMapping> fields;
    private final List<Rule> rules;
    private final int version;
    private final String contentHash;
    private final Duration budget;
    private final Map<String, Integer> letIndex;
    private final int payloadSize;

    public MappingPlan(String flow, String source, String target, CompiledExpression key,
            @Nullable CompiledExpression where, Map<String, LookupTable> lookups, List<LetBinding> lets,
            List<FieldMapping> fields, List<Rule> rules, int version, String contentHash, Duration budget) {
        this.flow = Objects.requireNonNull(flow);
        this.source = Objects.requireNonNull(source);
        this.target = Objects.requireNonNull(target);
        this.key = Objects.requireNonNull(key);
        this.where = where;
        this.lookups = Collections.unmodifiableMap(new LinkedHashMap<>(lookups));
        this.lets = List.copyOf(lets);
        this.fields = List.copyOf(fields);
        this.rules = List.copyOf(rules);
        this.version = version;
        this.contentHash = Objects.requireNonNull(contentHash);
        this.budget = Objects.requireNonNull(budget);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < this.lets.size(); i++) {
            index.put(this.lets.get(i).name(), i);
        }
        this.letIndex = Map.copyOf(index);
        java.util.Set<String> topLevel = new java.util.HashSet<>();
        this.fields.forEach(f -> topLevel.add(f.path().segments().get(0).name()));
        this.rules.forEach(r -> r.set().forEach(f -> topLevel.add(f.path().segments().get(0).name())));
        this.payloadSize = topLevel.size();
    }

    /** How many top-level keys a payload can have: payload maps are sized once, never resized. */
    int payloadSize() {
        return payloadSize;
    }

    /** Maps one record. Thread-safe; the maps are only read. */
    public MappingResult apply(Map<String, ?> record, Map<String, ?> profile) {
        return apply(record, profile, null);
    }

    /** Maps one record; {@code abandoned}, when given, is asked at every budget check (the {@link Watchdog}'s stop). */
    MappingResult apply(Map<String, ?> record, Map<String, ?> profile, java.util.function.@Nullable BooleanSupplier abandoned) {
        EvaluationContext context = new EvaluationContext(this, record, profile, abandoned);
        String recordKey = null;
        String step = "key";
        try {
            Object keyValue = key.evaluate(context);
            if (keyValue == null || keyValue.toString().isBlank()) {
                return new MappingResult.Failed(null, "key", "the key '" + key.source() + "' is empty");
            }
            recordKey = keyValue.toString();
            step = "where";
            if (where != null && !Boolean.TRUE.equals(where.evaluate(context))) {
                return new MappingResult.Skipped(recordKey, "where is not true: " + where.source());
            }
            for (int i = 0; i < lets.size(); i++) {
                LetBinding let = lets.get(i);
                step = let.name();
                context.setLet(i, EvaluationContext.checkSize(let.expression().evaluate(context)));
                context.checkBudget();
            }
            Map<String, @Nullable Object> payload = context.target();
            for (FieldMapping field : fields) {
                step = field.name();
                Object value = field.expression().evaluate(context);
                if (value != null) {
                    field.path().put(payload, EvaluationContext.checkSize(value));
                }
                context.checkBudget();
            }
            for (Rule rule : rules) {
                step = rule.name();
                if (rule.when() != null && !Boolean.TRUE.equals(rule.when().evaluate(context))) {
                    continue;
                }
                for (FieldMapping set : rule.set()) {
                    Object value = set.expression().evaluate(context);
                    if (value != null) {
                        set.path().put(payload, EvaluationContext.checkSize(value));
                    }
                }
                if (rule.reject() != null) {
                    Object message = rule.reject().evaluate(context);
                    return new MappingResult.Failed(recordKey, rule.name(),
                            message == null ? "rejected by rule '" + rule.name() + "'" : message.toString());
                }
                context.checkBudget();
            }
            return new MappingResult.Mapped(recordKey, payload);
        } catch (BlockFailure e) {
            return new MappingResult.Failed(recordKey, e.path(), e.getMessage());
        } catch (EvaluationException e) {
            return new MappingResult.Failed(recordKey, step, e.getMessage());
        } catch (StackOverflowError e) {
            return new MappingResult.Failed(recordKey, step, "the expression nests too deeply");
        } catch (RuntimeException e) {
            return new MappingResult.Failed(recordKey, step, describe(e));
        }
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? kind : message.lines().findFirst().orElse(kind);
    }

    /** The index of a {@code let} by name, or -1. */
    public int letIndex(String name) {
        Integer index = letIndex.get(name);
        return index == null ? -1 : index;
    }

    public String flow() {
        return flow;
    }

    public String source() {
        return source;
    }

    public String target() {
        return target;
    }

    public CompiledExpression key() {
        return key;
    }

    public @Nullable CompiledExpression where() {
        return where;
    }

    public Map<String, LookupTable> lookups() {
        return lookups;
    }

    public List<LetBinding> lets() {
        return lets;
    }

    public List<FieldMapping> fields() {
        return fields;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The document's {@code version} (1 when absent). */
    public int version() {
        return version;
    }

    /** SHA-256 of the merged document: two plans with the same hash behave the same. */
    public String contentHash() {
        return contentHash;
    }

    public Duration budget() {
        return budget;
    }

    /** The same plan with another per-record time budget. */
    public MappingPlan withBudget(Duration newBudget) {
        return new MappingPlan(flow, source, target, key, where, lookups, lets, fields, rules, version,
                contentHash, newBudget);
    }
}
