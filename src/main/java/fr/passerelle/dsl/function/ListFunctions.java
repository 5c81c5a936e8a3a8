package fr.passerelle.dsl.function;

import fr.passerelle.plan.EvaluationContext;
import fr.passerelle.plan.EvaluationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Functions over lists of values or objects (order lines, warehouse lines, variants): sums in
 * exact decimals, filters, counts, sorts, duplicates and groups (issue 10, point 5). Null in,
 * null out; items compare as {@code ==} does (numbers by value: {@code 20 == 20.00}). Every loop
 * reads the record's clock every few thousand items, and no result outgrows the list budget.
 */
final class ListFunctions {

    private ListFunctions() {
    }

    /** The sum of the items (or of one field of each object), exact; null items and values skipped; 0 for none. */
    static @Nullable Object sum(@Nullable Object list, @Nullable Object field, EvaluationContext context) {
        if (list == null) {
            return null;
        }
        List<?> items = CollectionFunctions.asList(list, "sum");
        String name = field == null ? null : fieldName(field, "sum");
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < items.size(); i++) {
            Bounds.tick(context, i);
            Object value = name == null ? items.get(i) : fieldOf(items.get(i), name, i, "sum");
            if (value == null) {
                continue;
            }
            if (value instanceof Boolean || value instanceof Map<?, ?> || value instanceof java.util.Collection<?>) {
                throw new EvaluationException("sum: item " + (i + 1) + (name == null ? "" : " field '" + name + "'")
                        + " is " + Values.describe(value) + ", not a number");
            }
            BigDecimal number = Values.decimal(value, "sum: item " + (i + 1) + (name == null ? "" : " field '" + name + "'"));
            if (number != null) {
                total = total.add(number);
            }
        }
        return Bounds.number(total, "sum");
    }

    /**
     * The objects of a list whose field equals a value (numbers by value); a list value means any
     * of its items. A null list or value gives null.
     */
    static @Nullable Object filter(@Nullable Object list, @Nullable Object field, @Nullable Object value,
            EvaluationContext context) {
        if (list == null || value == null) {
            return null;
        }
        List<?> items = CollectionFunctions.asList(list, "filter");
        String name = fieldName(field, "filter");
        if (!(value instanceof java.util.Collection<?>)) {
            // One wanted value (the usual case, e.g. an id): compare as == does, no set to build.
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                Bounds.tick(context, i);
                Object item = items.get(i);
                Object v = fieldOf(item, name, i, "filter");
                if (v != null && Operators.same(v, value)) {
                    out.add(item);
                }
            }
            return out;
        }
        Set<Object> wanted = new HashSet<>();
        if (value instanceof java.util.Collection<?> values) {
            for (Object v : values) {
                if (v != null) {
                    wanted.add(ValueKey.of(v));
                }
            }
        } else {
            wanted.add(ValueKey.of(value));
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Bounds.tick(context, i);
            Object item = items.get(i);
            Object v = fieldOf(item, name, i, "filter");
            if (v != null && wanted.contains(ValueKey.of(v))) {
                out.add(item);
            }
        }
        return out;
    }

    /** How many items a list holds, nulls not counted (as {@code sum} skips them). */
    static @Nullable Object count(@Nullable Object list, EvaluationContext context) {
        if (list == null) {
            return null;
        }
        List<?> items = CollectionFunctions.asList(list, "count");
        long count = 0;
        for (int i = 0; i < items.size(); i++) {
            Bounds.tick(context, i);
            if (items.get(i) != null) {
                count++;
            }
        }
        return BigDecimal.valueOf(count);
    }

    /** The objects sorted by a field, ascending, items without it last, equal ones in source order. */
    static @Nullable Object sortBy(@Nullable Object list, @Nullable Object field, EvaluationContext context) {
        if (list == null) {
            return null;
        }
        List<?> items = CollectionFunctions.asList(list, "sortBy");
        String name = fieldName(field, "sortBy");
        List<SortKey.Keyed> keyed = new ArrayList<>(Bounds.list(items.size()));
        SortKey.Kind kind = null;
        for (int i = 0; i < items.size(); i++) {
            Bounds.tick(context, i);
            Object item = items.get(i);
            SortKey key = SortKey.of(fieldOf(item, name, i, "sortBy"), "sortBy: item " + (i + 1) + " field '" + name + "'");
            if (key != null) {
                if (kind != null && kind != key.kind()) {
                    throw new EvaluationException("sortBy: field '" + name + "' holds both " + kind.label() + " and "
                            + key.kind().label() + " (item " + (i + 1) + "): they cannot be ordered together");
                }
                kind = key.kind();
            }
            keyed.add(new SortKey.Keyed(key, item));
        }
        int[] comparisons = {0};
        keyed.sort((a, b) -> { // List.sort is stable: equal keys keep their source order
            Bounds.tick(context, comparisons[0]++);
            return SortKey.compareNullsLast(a.key(), b.key());
        });
        List<Object> out = new ArrayList<>(keyed.size());
        keyed.forEach(k -> out.add(k.item()));
        return out;
    }

    /** The items without repeats, in first-seen order (numbers by value); null items dropped. */
    static @Nullable Object distinct(@Nullable Object list, EvaluationContext context) {
        if (list == null) {
            return null;
        }
        List<?> items = CollectionFunctions.asList(list, "distinct");
        Set<Object> seen = new HashSet<>();
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Bounds.tick(context, i);
            Object item = items.get(i);
            if (item != null && seen.add(ValueKey.of(item))) {
                out.add(item);
            }
        }
        return out;
    }

    /**
     * The objects grouped by a field: a list of {@code {key, items}} in the order keys are first
     * seen, each group's items in source order. Objects without the field form one group whose
     * key is null; null items are dropped.
     */
    static @Nullable Object groupBy(@Nullable Object list, @Nullable Object field, EvaluationContext context) {
        if (list == null) {
            return null;
        }
        List<?> items = CollectionFunctions.asList(list, "groupBy");
        String name = fieldName(field, "groupBy");
        Map<Object, List<Object>> groups = new HashMap<>();
        List<Map<String, @Nullable Object>> out = new ArrayList<>();
        Object nullKey = new Object();
        for (int i = 0; i < items.size(); i++) {
            Bounds.tick(context, i);
            Object item = items.get(i);
            if (item == null) {
                continue;
            }
            Object key = fieldOf(item, name, i, "groupBy");
            List<Object> group = groups.computeIfAbsent(key == null ? nullKey : ValueKey.of(key), k -> {
                Map<String, @Nullable Object> entry = LinkedHashMap.newLinkedHashMap(2);
                List<Object> members = new ArrayList<>();
                entry.put("key", key);
                entry.put("items", members);
                out.add(entry);
                return members;
            });
            group.add(item);
        }
        Bounds.list(out.size());
        return out;
    }

    private static String fieldName(@Nullable Object field, String where) {
        String name = Values.text(field);
        if (name == null || name.isBlank()) {
            throw new EvaluationException(where + ": the field name is missing, e.g. " + where + "(lines, 'quantity')");
        }
        return name;
    }

    /** An item's field; null for a null item; an item that is not an object fails the record. */
    private static @Nullable Object fieldOf(@Nullable Object item, String name, int index, String where) {
        if (item == null) {
            return null;
        }
        if (item instanceof Map<?, ?> map) {
            return map.get(name);
        }
        throw new EvaluationException(where + ": item " + (index + 1) + " is " + Values.describe(item)
                + ", not an object with a field '" + name + "'");
    }
}
