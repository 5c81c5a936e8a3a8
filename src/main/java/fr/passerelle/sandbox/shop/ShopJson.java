package fr.passerelle.sandbox.shop;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON for shop sandboxes: documents as ordered maps and lists, numbers as BigDecimal, and deep
 * copies so that state handed to tests can never be changed behind the sandbox's lock.
 */
public final class ShopJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private ShopJson() {
    }

    public static @Nullable Object parse(String json) {
        return normalise(MAPPER.readValue(json, Object.class));
    }

    public static String write(@Nullable Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** A deep, mutable copy of a document. */
    public static Map<String, @Nullable Object> copy(Map<String, @Nullable Object> map) {
        return object(normalise(map));
    }

    public static @Nullable Object normalise(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case Map<?, ?> map -> {
                Map<String, @Nullable Object> out = new LinkedHashMap<>();
                map.forEach((k, v) -> out.put(String.valueOf(k), normalise(v)));
                yield out;
            }
            case List<?> list -> {
                List<@Nullable Object> out = new ArrayList<>(list.size());
                list.forEach(v -> out.add(normalise(v)));
                yield out;
            }
            case BigDecimal d -> d;
            case BigInteger i -> new BigDecimal(i);
            case Double d -> new BigDecimal(d.toString());
            case Float f -> new BigDecimal(f.toString());
            case Number n -> BigDecimal.valueOf(n.longValue());
            default -> value;
        };
    }

    @SuppressWarnings("unchecked")
    public static Map<String, @Nullable Object> object(@Nullable Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, @Nullable Object>) m : new LinkedHashMap<>();
    }

    @SuppressWarnings("unchecked")
    public static List<@Nullable Object> list(@Nullable Object value) {
        return value instanceof List<?> l ? (List<@Nullable Object>) l : new ArrayList<>();
    }

    public static @Nullable String text(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case BigDecimal d -> d.toPlainString();
            default -> value.toString();
        };
    }
}
