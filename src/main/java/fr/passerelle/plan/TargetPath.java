package fr.passerelle.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where a value goes in the payload. Dots build nested objects ({@code dimensions.length});
 * a segment {@code list[field=value]} addresses the entry of {@code list} whose {@code field}
 * equals {@code value}, created (as {@code {field: value}}) when missing, so
 * {@code meta_data[key=_yoast_wpseo_title].value} gives
 * {@code {"meta_data":[{"key":"_yoast_wpseo_title","value":...}]}}. Several conditions are
 * separated by commas ({@code metafields[namespace=seo,key=title].value}); a value containing
 * dots, commas or brackets is quoted ({@code [key='a.b']}).
 *
 * @param text the path as written
 * @param segments the parsed segments, first to last
 */
public record TargetPath(String text, List<Segment> segments) {

    /** One step of a path. */
    public sealed interface Segment permits Property, KeyedEntry {
        /** The property (or list) name this segment reads in its parent object. */
        String name();
    }

    /** A plain property of an object. */
    public record Property(String name) implements Segment {
    }

    /** The entry of list {@code name} whose fields equal {@code match} (in order). */
    public record KeyedEntry(String name, Map<String, String> match) implements Segment {
        public KeyedEntry {
            match = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(match));
        }
    }

    public TargetPath {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("empty target path");
        }
    }

    /** Sets {@code value} at this path in {@code root}, creating the objects and entries on the way. */
    public void put(Map<String, @Nullable Object> root, Object value) {
        Map<String, @Nullable Object> current = root;
        int last = segments.size() - 1;
        for (int i = 0; i < last; i++) {
            current = step(current, segments.get(i));
        }
        Segment end = segments.get(last);
        if (end instanceof KeyedEntry entry) {
            step(current, entry).put(entry.name(), value);
        } else {
            current.put(end.name(), value);
        }
    }

    /** The value at this path, or null when any step is missing. */
    public @Nullable Object get(Map<String, ?> root) {
        Object current = root;
        for (Segment segment : segments) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            Object child = map.get(segment.name());
            current = segment instanceof KeyedEntry entry ? find(child, entry) : child;
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, @Nullable Object> step(Map<String, @Nullable Object> parent, Segment segment) {
        Object child = parent.get(segment.name());
        if (segment instanceof KeyedEntry entry) {
            List<Object> list;
            if (child instanceof ArrayList<?> existing) {
                list = (List<Object>) existing;
            } else {
                list = new ArrayList<>(4);
                parent.put(entry.name(), list);
            }
            Object found = find(list, entry);
            if (found != null) {
                return (Map<String, @Nullable Object>) found;
            }
            Map<String, @Nullable Object> created = new LinkedHashMap<>(entry.match());
            list.add(created);
            return created;
        }
        if (child instanceof LinkedHashMap<?, ?> nested) {
            return (Map<String, @Nullable Object>) nested;
        }
        Map<String, @Nullable Object> created = new LinkedHashMap<>();
        parent.put(segment.name(), created);
        return created;
    }

    private static @Nullable Object find(@Nullable Object list, KeyedEntry entry) {
        if (!(list instanceof List<?> items)) {
            return null;
        }
        for (Object item : items) {
            if (item instanceof Map<?, ?> map && matches(map, entry.match())) {
                return item;
            }
        }
        return null;
    }

    private static boolean matches(Map<?, ?> item, Map<String, String> match) {
        for (Map.Entry<String, String> condition : match.entrySet()) {
            Object value = item.get(condition.getKey());
            if (value == null || !condition.getValue().equals(LookupTable.keyText(value))) {
                return false;
            }
        }
        return true;
    }
}
