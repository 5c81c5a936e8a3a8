package fr.passerelle.sandbox.shop.woocommerce;

import fr.passerelle.sandbox.shop.ShopJson;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One REST resource's records by id, with WooCommerce's write semantics: creates fill defaults,
 * updates merge (lists are replaced, {@code meta_data} merged by key, a null meta value deletes).
 * Not thread-safe on its own: the sandbox serialises every request.
 */
abstract class WooCollection {

    private final TreeMap<Long, Map<String, @Nullable Object>> records = new TreeMap<>();
    private final AtomicLong ids;
    private final AtomicLong metaIds = new AtomicLong(1000);
    /** Field -> value -> ids: look-ups by SKU or parent stay cheap on a 100,000-product shop. */
    private final Map<String, Map<String, NavigableSet<Long>>> indexes = new HashMap<>();
    final String what;
    /** Told after every create ("created") and update ("updated"), with a copy of the record: webhooks. */
    java.util.function.BiConsumer<String, Map<String, @Nullable Object>> onChange = (event, record) -> { };

    WooCollection(String what, AtomicLong ids, String... indexedFields) {
        this.what = what;
        this.ids = ids;
        for (String field : indexedFields) {
            indexes.put(field, new HashMap<>());
        }
    }

    /** Checks a create or an update; throws {@link WooError} with the shop's code. */
    abstract void validate(Map<String, @Nullable Object> body, @Nullable Map<String, @Nullable Object> existing);

    /** Default fields of a new record (before the body is applied). */
    abstract Map<String, @Nullable Object> defaults();

    /** Does the record match the list query's filters? */
    abstract boolean matches(Map<String, @Nullable Object> record, Map<String, String> query);

    /** Derived fields after a write (price from regular/sale price ...). */
    void derive(Map<String, @Nullable Object> record) {
    }

    Map<String, @Nullable Object> create(Map<String, @Nullable Object> body) {
        validate(body, null);
        Map<String, @Nullable Object> record = defaults();
        long id = ids.incrementAndGet();
        record.put("id", BigDecimal.valueOf(id));
        String now = now();
        record.put("date_created", now);
        record.put("date_created_gmt", now);
        apply(record, body);
        records.put(id, record);
        index(id, record);
        onChange.accept("created", ShopJson.copy(record));
        return ShopJson.copy(record);
    }

    Map<String, @Nullable Object> update(long id, Map<String, @Nullable Object> body) {
        Map<String, @Nullable Object> record = records.get(id);
        if (record == null) {
            throw WooError.invalidId(what);
        }
        validate(body, record);
        unindex(id, record);
        apply(record, body);
        index(id, record);
        onChange.accept("updated", ShopJson.copy(record));
        return ShopJson.copy(record);
    }

    private void apply(Map<String, @Nullable Object> record, Map<String, @Nullable Object> body) {
        body.forEach((key, value) -> {
            if (key.equals("id")) {
                return;
            }
            if (key.equals("meta_data")) {
                mergeMeta(record, ShopJson.list(value));
            } else if (value instanceof Map<?, ?> m && record.get(key) instanceof Map<?, ?> old) {
                ShopJson.object(old).putAll(ShopJson.copy(ShopJson.object(m)));
            } else {
                record.put(key, ShopJson.normalise(value));
            }
        });
        String now = now();
        record.put("date_modified", now);
        record.put("date_modified_gmt", now);
        derive(record);
    }

    private void mergeMeta(Map<String, @Nullable Object> record, List<@Nullable Object> entries) {
        List<@Nullable Object> meta = ShopJson.list(record.computeIfAbsent("meta_data", k -> new ArrayList<>()));
        for (Object entry : entries) {
            Map<String, @Nullable Object> e = ShopJson.object(entry);
            String key = ShopJson.text(e.get("key"));
            meta.removeIf(m -> Objects.equals(ShopJson.text(ShopJson.object(m).get("key")), key));
            if (e.get("value") != null) {
                Map<String, @Nullable Object> stored = ShopJson.copy(e);
                stored.put("id", BigDecimal.valueOf(metaIds.incrementAndGet()));
                meta.add(stored);
            }
        }
    }

    @Nullable Map<String, @Nullable Object> get(long id) {
        Map<String, @Nullable Object> record = records.get(id);
        return record == null ? null : ShopJson.copy(record);
    }

    /** The live record, for the sandbox's own changes (seeding, "changed by hand"). */
    @Nullable Map<String, @Nullable Object> live(long id) {
        return records.get(id);
    }

    boolean delete(long id) {
        Map<String, @Nullable Object> record = records.remove(id);
        if (record != null) {
            unindex(id, record);
        }
        return record != null;
    }

    List<Map<String, @Nullable Object>> list(Map<String, String> query) {
        List<Map<String, @Nullable Object>> out = new ArrayList<>();
        for (Map<String, @Nullable Object> record : candidates(query)) {
            if (matches(record, query) && modifiedAfter(record, query)) {
                out.add(ShopJson.copy(record));
            }
        }
        return out;
    }

    Collection<Map<String, @Nullable Object>> all() {
        return records.values().stream().map(ShopJson::copy).toList();
    }

    boolean any(Predicate<Map<String, @Nullable Object>> which) {
        return records.values().stream().anyMatch(which);
    }

    long newId() {
        return ids.incrementAndGet();
    }

    void put(long id, Map<String, @Nullable Object> record) {
        Map<String, @Nullable Object> old = records.put(id, record);
        if (old != null) {
            unindex(id, old);
        }
        index(id, record);
    }

    /** Ids of the records whose indexed {@code field} is {@code value}, in id order. */
    NavigableSet<Long> idsWhere(String field, String value) {
        Map<String, NavigableSet<Long>> index = Objects.requireNonNull(indexes.get(field), () -> field + " is not indexed");
        return new TreeSet<>(index.getOrDefault(value, new TreeSet<>()));
    }

    /** The first record (by id) whose indexed {@code field} is {@code value}, as a copy. */
    java.util.Optional<Map<String, @Nullable Object>> firstWhere(String field, String value) {
        NavigableSet<Long> found = idsWhere(field, value);
        return found.isEmpty() ? java.util.Optional.empty() : java.util.Optional.ofNullable(get(found.first()));
    }

    /** The records a list query can match: narrowed by the first indexed field it filters on (comma = any of). */
    private Collection<Map<String, @Nullable Object>> candidates(Map<String, String> query) {
        for (Map.Entry<String, Map<String, NavigableSet<Long>>> index : indexes.entrySet()) {
            String wanted = query.get(index.getKey());
            if (wanted != null) {
                TreeSet<Long> found = new TreeSet<>();
                for (String value : wanted.split(",")) {
                    found.addAll(index.getValue().getOrDefault(value, new TreeSet<>()));
                }
                return found.stream().map(records::get).toList();
            }
        }
        return records.values();
    }

    private void index(long id, Map<String, @Nullable Object> record) {
        indexes.forEach((field, index) -> {
            String value = ShopJson.text(record.get(field));
            if (value != null && !value.isEmpty()) {
                index.computeIfAbsent(value, v -> new TreeSet<>()).add(id);
            }
        });
    }

    private void unindex(long id, Map<String, @Nullable Object> record) {
        indexes.forEach((field, index) -> {
            String value = ShopJson.text(record.get(field));
            NavigableSet<Long> ids = value == null ? null : index.get(value);
            if (ids != null) {
                ids.remove(id);
                if (ids.isEmpty()) {
                    index.remove(value);
                }
            }
        });
    }

    private static boolean modifiedAfter(Map<String, @Nullable Object> record, Map<String, String> query) {
        String after = query.get("modified_after");
        if (after == null) {
            return true;
        }
        LocalDateTime since = LocalDateTime.parse(after.replace("Z", "").replaceAll("[+-]\\d\\d:\\d\\d$", ""));
        return !LocalDateTime.parse(Objects.toString(record.get("date_modified_gmt"))).isBefore(since);
    }

    static String now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static boolean eq(@Nullable Object value, String expected) {
        return expected.equalsIgnoreCase(Objects.toString(ShopJson.text(value), ""));
    }
}
