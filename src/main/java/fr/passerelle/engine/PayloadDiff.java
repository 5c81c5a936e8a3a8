package fr.passerelle.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The target paths whose value differs between what was last sent (or what the shop holds) and
 * the new payload: {@code regular_price}, {@code dimensions.length}, {@code categories[1]}.
 * Numbers compare by value.
 */
final class PayloadDiff {

    private PayloadDiff() {
    }

    static List<String> changedPaths(@Nullable Map<String, ?> before, Map<String, ?> after) {
        Map<String, Object> left = flatten(before == null ? Map.of() : before);
        Map<String, Object> right = flatten(after);
        TreeSet<String> paths = new TreeSet<>(left.keySet());
        paths.addAll(right.keySet());
        List<String> changed = new ArrayList<>();
        for (String path : paths) {
            if (!same(left.get(path), right.get(path))) {
                changed.add(path);
            }
        }
        return changed;
    }

    private static Map<String, Object> flatten(Map<String, ?> payload) {
        Map<String, Object> flat = new LinkedHashMap<>();
        payload.forEach((k, v) -> flattenInto(flat, k, v));
        return flat;
    }

    private static void flattenInto(Map<String, Object> flat, String path, @Nullable Object value) {
        switch (value) {
            case null -> {
                // a null is the same as an absent field: it is left out of the payload
            }
            case Map<?, ?> map -> map.forEach((k, v) -> flattenInto(flat, path + "." + k, v));
            case List<?> list -> {
                if (list.isEmpty()) {
                    flat.put(path, List.of());
                }
                for (int i = 0; i < list.size(); i++) {
                    flattenInto(flat, path + "[" + i + "]", list.get(i));
                }
            }
            default -> flat.put(path, value);
        }
    }

    private static boolean same(@Nullable Object a, @Nullable Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        return Objects.equals(a, b);
    }
}
