package fr.passerelle.dsl.function;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A value as {@code ==} sees it, fit for hashing: numbers by value ({@code 20}, {@code 20.00} and
 * {@code 2E+1} give one key), inside lists and objects too; everything else as it is. Used by
 * {@code filter}, {@code distinct} and {@code groupBy} so that they agree with {@code ==} and run
 * in one pass instead of comparing every item with every other.
 */
final class ValueKey {

    private ValueKey() {
    }

    static @Nullable Object of(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case String s -> s;
            case Boolean b -> b;
            case Number n -> {
                BigDecimal d = Values.decimal(n, "==");
                yield d == null ? null : d.stripTrailingZeros();
            }
            case Collection<?> items -> {
                List<@Nullable Object> keys = new ArrayList<>(items.size());
                items.forEach(item -> keys.add(of(item)));
                yield keys;
            }
            case Map<?, ?> map -> {
                Map<Object, @Nullable Object> keys = LinkedHashMap.newLinkedHashMap(map.size());
                map.forEach((k, v) -> keys.put(k, of(v)));
                yield keys;
            }
            default -> value;
        };
    }
}
