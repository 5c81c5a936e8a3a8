package fr.passerelle.cli;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.WriteRequest;
import fr.passerelle.connector.WriteResult;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Canonical records, write requests and outcomes as one JSON object per line. */
final class RecordLines {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private RecordLines() {
    }

    static String record(CanonicalRecord record) {
        Map<String, @Nullable Object> line = new LinkedHashMap<>();
        line.put("entity", record.entity());
        line.put("key", record.key());
        line.put("modifiedAt", record.modifiedAt() == null ? null : record.modifiedAt().toString());
        line.put("fields", plain(record.fields()));
        return JSON.writeValueAsString(line);
    }

    static String result(WriteResult result) {
        Map<String, @Nullable Object> line = new LinkedHashMap<>();
        line.put("key", result.key());
        line.put("outcome", result.outcome().name());
        line.put("targetId", result.targetId());
        line.put("error", result.error());
        line.put("retryable", result.retryable());
        return JSON.writeValueAsString(line);
    }

    /** Numbers become BigDecimal, as canonical records hold them. */
    @SuppressWarnings("unchecked")
    static WriteRequest request(String line, int lineNumber) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("line " + lineNumber + " is not JSON: " + e.getOriginalMessage());
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("line " + lineNumber + " is not a JSON object");
        }
        boolean wrapped = node.has("payload") && node.get("payload").isObject();
        Map<String, @Nullable Object> payload = (Map<String, @Nullable Object>) canonical(JSON.convertValue(
                wrapped ? node.get("payload") : node, Object.class));
        String key = wrapped && node.hasNonNull("key") ? node.get("key").asString() : "line-" + lineNumber;
        String targetId = wrapped && node.hasNonNull("targetId") ? node.get("targetId").asString() : null;
        return new WriteRequest(key, targetId, payload);
    }

    private static @Nullable Object canonical(@Nullable Object value) {
        return switch (value) {
            case Map<?, ?> map -> {
                Map<String, @Nullable Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(String.valueOf(k), canonical(v)));
                yield copy;
            }
            case List<?> list -> {
                List<@Nullable Object> copy = new ArrayList<>();
                list.forEach(v -> copy.add(canonical(v)));
                yield copy;
            }
            case BigDecimal d -> d;
            case Number n -> new BigDecimal(n.toString());
            case null, default -> value;
        };
    }

    /** Dates and times as ISO text, so the output never depends on a mapper's date settings. */
    private static @Nullable Object plain(@Nullable Object value) {
        return switch (value) {
            case Map<?, ?> map -> {
                Map<String, @Nullable Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
                yield copy;
            }
            case List<?> list -> {
                List<@Nullable Object> copy = new ArrayList<>();
                list.forEach(v -> copy.add(plain(v)));
                yield copy;
            }
            case TemporalAccessor time -> time.toString();
            case null, default -> value;
        };
    }
}
