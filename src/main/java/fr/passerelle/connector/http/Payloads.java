package fr.passerelle.connector.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a payload keyed by target paths into the nested document an API expects. A plan may hand
 * over {@code billing.city} and {@code meta_data[key=_yoast_wpseo_title].value} as flat keys, or
 * already nested maps; both end up as {@code {"billing":{"city":..}, "meta_data":[{"key":"_yoast_wpseo_title","value":..}]}}.
 * A keyed selector finds the list entry whose field has that value, or appends one.
 */
public final class Payloads {

    private static final Pattern KEYED = Pattern.compile("^([^\\[]+)\\[([^=\\]]+)=([^\\]]*)]$");

    private Payloads() {
    }

    public static Map<String, @Nullable Object> expand(Map<String, @Nullable Object> payload) {
        Map<String, @Nullable Object> out = new LinkedHashMap<>();
        payload.forEach((path, value) -> put(out, path, value));
        return out;
    }

    private static void put(Map<String, @Nullable Object> root, String path, @Nullable Object value) {
        List<String> segments = split(path);
        Map<String, @Nullable Object> current = root;
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            boolean last = i == segments.size() - 1;
            Matcher keyed = KEYED.matcher(segment);
            if (keyed.matches()) {
                Map<String, @Nullable Object> entry = entry(current, keyed.group(1), keyed.group(2), keyed.group(3));
                if (last) {
                    if (value instanceof Map<?, ?> m) {
                        Json.object(m).forEach(entry::put);
                    }
                    return;
                }
                current = entry;
            } else if (last) {
                Object existing = current.get(segment);
                if (existing instanceof Map<?, ?> && value instanceof Map<?, ?> m) {
                    Json.object(m).forEach((k, v) -> put(Json.object(existing), k, v));
                } else {
                    current.put(segment, value instanceof Map<?, ?> m ? expand(Json.object(m)) : value);
                }
            } else {
                Object next = current.get(segment);
                if (!(next instanceof Map<?, ?>)) {
                    next = new LinkedHashMap<String, @Nullable Object>();
                    current.put(segment, next);
                }
                current = Json.object(next);
            }
        }
    }

    private static Map<String, @Nullable Object> entry(Map<String, @Nullable Object> parent, String list,
            String field, String key) {
        Object existing = parent.get(list);
        List<@Nullable Object> entries;
        if (existing instanceof List<?> l) {
            entries = new ArrayList<>(l);
        } else {
            entries = new ArrayList<>();
        }
        parent.put(list, entries);
        for (int i = 0; i < entries.size(); i++) {
            Object candidate = entries.get(i);
            if (candidate instanceof Map<?, ?> m && Objects.equals(Json.text(m.get(field)), key)) {
                Map<String, @Nullable Object> copy = new LinkedHashMap<>(Json.object(m));
                entries.set(i, copy);
                return copy;
            }
        }
        Map<String, @Nullable Object> created = new LinkedHashMap<>();
        created.put(field, key);
        entries.add(created);
        return created;
    }

    /** Splits on dots outside brackets: {@code meta_data[key=a.b].value} has two segments. */
    static List<String> split(String path) {
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (char c : path.toCharArray()) {
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
            if (c == '.' && depth == 0) {
                segments.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        segments.add(current.toString());
        return segments;
    }
}
