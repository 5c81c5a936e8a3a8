package fr.passerelle.account;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What a merchant may change in a mapping document without being allowed expressions (MAP-7):
 * the lookup tables, the tests, and fields mapped to a plain source field (a name, or a dotted
 * path such as {@code attributes.BRAND}). Anything else that differs (a field's expression, a
 * rule, a let value, the key, the filter, the template) is refused with the first such place.
 */
final class MappingEdits {

    private static final Pattern SOURCE_FIELD = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*(\\.[\\p{L}_][\\p{L}\\p{N}_]*)*");
    private static final java.util.Set<String> FREE = java.util.Set.of("lookups", "tests", "fields", "description");

    private MappingEdits() {
    }

    /** The first change a merchant may not make, or null when every change is a field pick or a lookup. */
    static @Nullable String forbiddenForMerchant(String before, String after) {
        Map<String, Object> old = read(before);
        Map<String, Object> now = read(after);
        java.util.Set<String> keys = new java.util.TreeSet<>(old.keySet());
        keys.addAll(now.keySet());
        for (String key : keys) {
            if (!FREE.contains(key) && !Objects.equals(old.get(key), now.get(key))) {
                return key;
            }
        }
        return fields("fields", map(old.get("fields")), map(now.get("fields")));
    }

    private static @Nullable String fields(String where, Map<String, Object> old, Map<String, Object> now) {
        for (var entry : now.entrySet()) {
            Object previous = old.get(entry.getKey());
            Object value = entry.getValue();
            if (Objects.equals(previous, value)) {
                continue;
            }
            if (value instanceof Map<?, ?> || previous instanceof Map<?, ?>) {
                // an 'each' block: only its fields may change, by picks
                Map<String, Object> a = map(previous);
                Map<String, Object> b = map(value);
                if (!Objects.equals(a.get("each"), b.get("each")) || !Objects.equals(a.get("where"), b.get("where"))
                        || !Objects.equals(a.get("let"), b.get("let"))) {
                    return where + "." + entry.getKey();
                }
                String inner = fields(where + "." + entry.getKey(), map(a.get("fields")), map(b.get("fields")));
                if (inner != null) {
                    return inner;
                }
            } else if (!(value instanceof String text && SOURCE_FIELD.matcher(text.strip()).matches())) {
                return where + "." + entry.getKey();
            }
        }
        for (String removed : old.keySet()) {
            if (!now.containsKey(removed) && !(old.get(removed) instanceof String text
                    && SOURCE_FIELD.matcher(text.strip()).matches())) {
                return where + "." + removed;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(@Nullable Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static Map<String, Object> read(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        Object loaded = new Yaml(new SafeConstructor(options)).load(text);
        Map<String, Object> out = new LinkedHashMap<>();
        if (loaded instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), v));
        }
        return out;
    }
}
