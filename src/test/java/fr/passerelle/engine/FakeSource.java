package fr.passerelle.engine;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.ConnectorSession;
import fr.passerelle.connector.Page;
import fr.passerelle.connector.ReadRequest;
import fr.passerelle.connector.WriteRequest;
import fr.passerelle.connector.WriteResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An ERP in memory: items with a price, a name and a modification time; pages by offset. */
final class FakeSource implements ConnectorSession {

    private final Map<String, CanonicalRecord> items = new LinkedHashMap<>();
    private Instant clock = Instant.parse("2026-01-01T00:00:00Z");
    int pagesRead;
    /** Pages by key, not by modification time, as Acumatica does (it has no {@code $orderby}). */
    boolean pagedByKey;

    FakeSource withItems(int count) {
        for (int i = 1; i <= count; i++) {
            put(String.format("ART%04d", i), "Article " + i, new BigDecimal("10.00").add(BigDecimal.valueOf(i)), true);
        }
        return this;
    }

    void put(String code, String name, BigDecimal price, boolean active) {
        clock = clock.plusSeconds(60);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("ItemCode", code);
        fields.put("Caption", name);
        fields.put("Price", price);
        fields.put("Active", active);
        items.put(code, new CanonicalRecord("erp.item", code, fields, clock));
    }

    /** An item deleted in the ERP (the records after it move one place up in a read by position). */
    void remove(String code) {
        items.remove(code);
    }

    CanonicalRecord get(String code) {
        return items.get(code);
    }

    @Override
    public Page read(String entity, ReadRequest request) {
        pagesRead++;
        List<CanonicalRecord> matching = new ArrayList<>(items.values().stream()
                .filter(r -> request.modifiedSince() == null || !r.modifiedAt().isBefore(request.modifiedSince()))
                .sorted(pagedByKey ? Comparator.comparing(CanonicalRecord::key)
                        : Comparator.comparing(CanonicalRecord::modifiedAt))
                .toList());
        int from = request.cursor() == null ? 0 : Integer.parseInt(request.cursor());
        int to = Math.min(matching.size(), from + request.pageSize());
        String next = to < matching.size() ? Integer.toString(to) : null;
        return new Page(matching.subList(from, to), next, matching.size());
    }

    @Override
    public List<WriteResult> write(String entity, List<WriteRequest> batch) {
        throw new UnsupportedOperationException("the fake ERP is read-only");
    }

    @Override
    public Optional<String> findId(String entity, String matchField, String value) {
        return Optional.empty();
    }

    @Override
    public void close() {
    }
}
