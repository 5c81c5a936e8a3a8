package fr.passerelle.connector.http;

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
 * JSON as the record model wants it: objects as ordered maps, arrays as lists, every number as
 * {@link BigDecimal} (prices never go through double), and back.
 */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private Json() {
    }

    /** Parses a document into maps, lists, strings, BigDecimals, booleans and nulls. */
    public static @Nullable Object parse(byte[] json) {
        return normalise(MAPPER.readValue(json, Object.class));
    }

    public static @Nullable Object parse(String json) {
        return normalise(MAPPER.readValue(json, Object.class));
    }

    public static String write(@Nullable Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** Converts whatever Jackson produced (Integer, Long, BigInteger ...) into record values. */
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

    /** Reads a map member as a map (empty when absent or not an object). */
    @SuppressWarnings("unchecked")
    public static Map<String, @Nullable Object> object(@Nullable Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, @Nullable Object>) m : Map.of();
    }

    /** Reads a value as a list (empty when absent or not an array). */
    @SuppressWarnings("unchecked")
    public static List<@Nullable Object> list(@Nullable Object value) {
        return value instanceof List<?> l ? (List<@Nullable Object>) l : List.of();
    }

    /** A scalar as text: BigDecimals without exponent, null as null. */
    public static @Nullable String text(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case BigDecimal d -> d.toPlainString();
            default -> value.toString();
        };
    }
}
