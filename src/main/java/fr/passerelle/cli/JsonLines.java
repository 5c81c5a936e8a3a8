package fr.passerelle.cli;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON lines in and out: every number read as BigDecimal (money never goes through double), written plain. */
final class JsonLines {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private JsonLines() {
    }

    /** One JSON object; numbers as BigDecimal. Throws (with Jackson's message) on anything else. */
    @SuppressWarnings("unchecked")
    static Map<String, @Nullable Object> readObject(String line) {
        Object value = MAPPER.readValue(line, Object.class);
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("expected a JSON object, got " + (value == null ? "null" : "a " + kind(value)));
        }
        return (Map<String, @Nullable Object>) decimals(value);
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    private static @Nullable Object decimals(@Nullable Object value) {
        return switch (value) {
            case Integer i -> BigDecimal.valueOf(i.longValue());
            case Long l -> BigDecimal.valueOf(l);
            case BigInteger b -> new BigDecimal(b);
            case Double d -> BigDecimal.valueOf(d);
            case Map<?, ?> map -> {
                Map<String, @Nullable Object> out = new LinkedHashMap<>(Math.max(4, map.size() * 2));
                map.forEach((k, v) -> out.put(String.valueOf(k), decimals(v)));
                yield out;
            }
            case List<?> list -> {
                List<@Nullable Object> out = new ArrayList<>(list.size());
                list.forEach(item -> out.add(decimals(item)));
                yield out;
            }
            case null, default -> value;
        };
    }

    private static String kind(Object value) {
        return value instanceof List<?> ? "list" : value.getClass().getSimpleName().toLowerCase();
    }
}
