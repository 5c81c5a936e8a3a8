package fr.passerelle.dsl.function;

import fr.passerelle.plan.EvaluationContext;
import fr.passerelle.plan.EvaluationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Functions that build or read lists and objects (categories, meta data, attributes). */
final class CollectionFunctions {

    private CollectionFunctions() {
    }

    /** The first argument that is not null. */
    static @Nullable Object coalesce(@Nullable Object[] values) {
        for (Object value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** fallback when value is blank (null, empty or spaces), else value. */
    static @Nullable Object ifBlank(@Nullable Object value, @Nullable Object fallback) {
        return Values.isBlank(value) ? fallback : value;
    }

    /** The texts of the items joined with sep, null items skipped; the length is checked before the text is built. */
    static @Nullable Object join(@Nullable Object list, @Nullable Object separator, EvaluationContext context) {
        if (list == null) {
            return null;
        }
        String sep = Values.text(separator);
        int sepLength = sep == null ? 0 : sep.length();
        List<?> items = asList(list, "join");
        String[] texts = new String[items.size()];
        long length = 0;
        int count = 0;
        for (int i = 0; i < texts.length; i++) {
            Bounds.tick(context, i);
            String text = Values.text(items.get(i));
            if (text != null) {
                length += (count++ == 0 ? 0 : sepLength) + text.length();
                Bounds.text(length);
                texts[i] = text;
            }
        }
        StringBuilder out = new StringBuilder((int) length);
        boolean first = true;
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            if (!first && sep != null) {
                out.append(sep);
            }
            first = false;
            out.append(text);
        }
        return out.toString();
    }

    /** A list of the non-null arguments. */
    static Object list(@Nullable Object[] items) {
        List<Object> out = new ArrayList<>(Bounds.list(items.length));
        for (Object item : items) {
            if (item != null) {
                out.add(item);
            }
        }
        return out;
    }

    /**
     * Lists end to end: list arguments are flattened one level, other non-null values added as
     * items. The total is counted before the list is built.
     */
    static Object append(@Nullable Object[] parts, EvaluationContext context) {
        long size = 0;
        for (Object part : parts) {
            size += part instanceof Collection<?> items ? items.size() : 1;
        }
        List<Object> out = new ArrayList<>(Bounds.list(size));
        int n = 0;
        for (Object part : parts) {
            if (part instanceof Collection<?> items) {
                for (Object item : items) {
                    Bounds.tick(context, n++);
                    if (item != null) {
                        out.add(item);
                    }
                }
            } else if (part != null) {
                out.add(part);
            }
        }
        return out;
    }

    /** An object from key/value pairs: map('a', 1, 'b', x); pairs whose value is null are left out. */
    static Object map(@Nullable Object[] pairs) {
        if (pairs.length % 2 != 0) {
            throw new EvaluationException("map: needs key/value pairs, got " + pairs.length + " arguments");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            String key = Values.text(pairs[i]);
            if (key == null) {
                throw new EvaluationException("map: key " + (i / 2 + 1) + " is null");
            }
            if (pairs[i + 1] != null) {
                out.put(key, pairs[i + 1]);
            }
        }
        return out;
    }

    /** {key: k, value: v} for meta data lists; null when v is blank, so list(...) drops it. */
    static @Nullable Object entry(@Nullable Object key, @Nullable Object value) {
        if (Values.isBlank(value)) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>(4);
        out.put("key", key);
        out.put("value", value instanceof String s ? s.trim() : value);
        return out;
    }

    /** Number of items of a list or object, characters of a text. */
    static @Nullable Object size(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case Collection<?> c -> BigDecimal.valueOf(c.size());
            case Map<?, ?> m -> BigDecimal.valueOf(m.size());
            default -> BigDecimal.valueOf(String.valueOf(Values.text(value)).length());
        };
    }

    /** Whether a text contains a part, or a list contains an item (numbers by value). */
    static @Nullable Object contains(@Nullable Object container, @Nullable Object part, EvaluationContext context) {
        if (container == null) {
            return null;
        }
        if (container instanceof Collection<?> items) {
            int n = 0;
            for (Object item : items) {
                Bounds.tick(context, n++);
                if (Operators.same(item, part)) {
                    return true;
                }
            }
            return false;
        }
        String needle = Values.text(part);
        if (needle == null) {
            return false;
        }
        return needle.isEmpty() || TextSearch.of(String.valueOf(Values.text(container)), needle, context).indexOf(0) >= 0;
    }

    /** The first item of a list. */
    static @Nullable Object first(@Nullable Object list) {
        if (list == null) {
            return null;
        }
        List<?> items = asList(list, "first");
        return items.isEmpty() ? null : items.get(0);
    }

    /** The value of one field in every object of a list (nulls skipped). */
    static @Nullable Object pluck(@Nullable Object list, @Nullable Object field, EvaluationContext context) {
        if (list == null) {
            return null;
        }
        String name = Values.text(field);
        List<?> items = asList(list, "pluck");
        List<Object> out = new ArrayList<>(Math.min(items.size(), 16));
        for (int i = 0; i < items.size(); i++) {
            Bounds.tick(context, i);
            if (items.get(i) instanceof Map<?, ?> map && map.get(name) != null) {
                out.add(map.get(name));
                Bounds.list(out.size());
            }
        }
        return out;
    }

    /** An object's field: get(map, 'key'). */
    static @Nullable Object get(@Nullable Object object, @Nullable Object key) {
        if (object == null) {
            return null;
        }
        if (!(object instanceof Map<?, ?> map)) {
            throw new EvaluationException("get: " + Values.describe(object) + " is not an object");
        }
        return map.get(Values.text(key));
    }

    /**
     * Product attributes from ERP characteristics ({@code [{Name, Values}]}): each becomes
     * {@code {name, position (0-based), visible: true, variation: false, options: Values}} (ART-9).
     */
    static @Nullable Object attributes(@Nullable Object characteristics, EvaluationContext context) {
        if (characteristics == null) {
            return null;
        }
        List<?> items = asList(characteristics, "attributes");
        List<Object> out = new ArrayList<>(Bounds.list(items.size()));
        int position = 0;
        for (Object item : items) {
            Bounds.tick(context, position);
            if (!(item instanceof Map<?, ?> characteristic)) {
                throw new EvaluationException("attributes: each characteristic must be an object with Name and Values");
            }
            Map<String, Object> attribute = new LinkedHashMap<>(8);
            attribute.put("name", characteristic.get("Name"));
            attribute.put("position", BigDecimal.valueOf(position++));
            attribute.put("visible", Boolean.TRUE);
            attribute.put("variation", Boolean.FALSE);
            Object values = characteristic.get("Values");
            attribute.put("options", values == null ? List.of() : values);
            out.add(attribute);
        }
        return out;
    }

    static List<?> asList(Object value, String where) {
        if (value instanceof List<?> list) {
            return list;
        }
        if (value instanceof Collection<?> collection) {
            return List.copyOf(collection);
        }
        throw new EvaluationException(where + ": " + Values.describe(value) + " is not a list");
    }
}
