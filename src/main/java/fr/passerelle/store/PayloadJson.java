package fr.passerelle.store;

import java.util.List;
import java.util.Map;
import org.jooq.JSONB;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Payloads and field lists as JSONB; decimals stay exact (BigDecimal both ways). */
final class PayloadJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private PayloadJson() {
    }

    static @Nullable JSONB write(@Nullable Object value) {
        return value == null ? null : JSONB.valueOf(JSON.writeValueAsString(value));
    }

    static @Nullable Map<String, @Nullable Object> readMap(@Nullable JSONB json) {
        return json == null ? null : JSON.readValue(json.data(), new TypeReference<Map<String, @Nullable Object>>() { });
    }

    static List<String> readList(@Nullable JSONB json) {
        return json == null ? List.of() : JSON.readValue(json.data(), new TypeReference<List<String>>() { });
    }
}
