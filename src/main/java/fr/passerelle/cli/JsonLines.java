package fr.passerelle.cli;

import fr.passerelle.dsl.function.Bounds;
import fr.passerelle.plan.EvaluationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON lines in and out: every number read as BigDecimal (money never goes through double),
 * written plain. Reading is bounded: a number longer than {@link #MAX_NUMBER_LENGTH} characters is
 * refused by the parser itself ({@link StreamReadConstraints}), and a number beyond the language's
 * {@link Bounds} (exponent, digits) is refused before any mapping, so that {@code 1e300000000} never
 * reaches a function or the payload writer (which would print it in 300 million digits).
 */
final class JsonLines {

    /** Longest number text: the language's digits, plus sign, point and exponent. */
    static final int MAX_NUMBER_LENGTH = Bounds.MAX_PRECISION + 20;
    /** Deepest nesting of objects and lists in one record. */
    static final int MAX_NESTING = 200;

    /** A line that is not a record the language can hold; the message says why, without a stack trace. */
    static final class BadLineException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadLineException(String message) {
            super(message, null, false, false);
        }
    }

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(MAX_NUMBER_LENGTH)
                            .maxNestingDepth(MAX_NESTING).build())
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private JsonLines() {
    }

    /**
     * One input record: a JSON object whose numbers are all within {@link Bounds}. Anything else
     * (not JSON, truncated, trailing text, not an object, a number out of range) is a
     * {@link BadLineException} with a one-line message.
     */
    static Map<String, @Nullable Object> readRecord(String line) {
        Object value;
        try {
            value = MAPPER.readValue(line, Object.class);
        } catch (JacksonException e) {
            throw new BadLineException("invalid JSON: " + readable(e.getOriginalMessage()));
        }
        if (!(value instanceof Map<?, ?>)) {
            throw new BadLineException("not a JSON object: " + (value == null ? "null" : "a " + kind(value)));
        }
        @SuppressWarnings("unchecked")
        Map<String, @Nullable Object> record = (Map<String, @Nullable Object>) decimals(value);
        checkNumbers(record, "");
        return record;
    }

    /** Jackson's message without the parts that speak to a developer (source location, setting names). */
    private static String readable(@Nullable String message) {
        if (message == null || message.isBlank()) {
            return "unreadable";
        }
        return message.lines().findFirst().orElse("unreadable").replaceAll(" \\(start marker at .*$", "")
                .replaceAll(", from `[^`]*`", "");
    }

    private static void checkNumbers(@Nullable Object value, String path) {
        switch (value) {
            case BigDecimal d -> {
                if (!Bounds.inRange(d)) {
                    try {
                        Bounds.number(d, "field '" + path + "'");
                    } catch (EvaluationException e) {
                        throw new BadLineException(e.getMessage());
                    }
                }
            }
            case Map<?, ?> map -> map.forEach((k, v) -> checkNumbers(v, path.isEmpty() ? String.valueOf(k) : path + "." + k));
            case List<?> list -> {
                for (int i = 0; i < list.size(); i++) {
                    checkNumbers(list.get(i), path + "[" + i + "]");
                }
            }
            case null, default -> {
            }
        }
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
