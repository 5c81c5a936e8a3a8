package fr.passerelle.store;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import org.jooq.JSONB;
import org.jspecify.annotations.Nullable;

/**
 * A stored payload (an id link's {@code last_payload}) parsed only when read: the engine needs it
 * only to name the changed fields of a record whose hash changed, so the unchanged records of a
 * re-run (most of them) never pay for the JSON parsing.
 */
final class LazyPayload extends AbstractMap<String, @Nullable Object> {

    private final JSONB json;
    private @Nullable Map<String, @Nullable Object> parsed;

    private LazyPayload(JSONB json) {
        this.json = json;
    }

    static @Nullable Map<String, @Nullable Object> of(@Nullable JSONB json) {
        return json == null ? null : new LazyPayload(json);
    }

    private Map<String, @Nullable Object> parsed() {
        Map<String, @Nullable Object> map = parsed;
        if (map == null) {
            map = PayloadJson.readMap(json);
            parsed = map == null ? Map.of() : map;
        }
        return parsed;
    }

    @Override
    public Set<Entry<String, @Nullable Object>> entrySet() {
        return parsed().entrySet();
    }

    @Override
    public @Nullable Object get(Object key) {
        return parsed().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return parsed().containsKey(key);
    }

    @Override
    public int size() {
        return parsed().size();
    }
}
