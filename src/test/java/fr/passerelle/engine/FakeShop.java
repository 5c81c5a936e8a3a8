package fr.passerelle.engine;

import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.ConnectorSession;
import fr.passerelle.connector.Page;
import fr.passerelle.connector.ReadRequest;
import fr.passerelle.connector.WriteRequest;
import fr.passerelle.connector.WriteResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** A shop in memory: products by id, every write call counted, faults on demand. */
final class FakeShop implements ConnectorSession {

    final Map<String, Map<String, Object>> products = new LinkedHashMap<>();
    final List<WriteRequest> writes = new ArrayList<>();
    int writeCalls;
    /** Calls that look records up by their match field ({@code findId} or {@code findIds}). */
    int lookupCalls;
    private int nextId = 100;
    private Predicate<WriteRequest> rejects = r -> false;
    private int failAfterCalls = -1;

    void rejectWhen(Predicate<WriteRequest> rule) {
        rejects = rule;
    }

    /** The write call after {@code calls} successful ones fails as a shop outage would. */
    void goDownAfter(int calls) {
        failAfterCalls = calls;
    }

    void comeBack() {
        failAfterCalls = -1;
    }

    String seed(Map<String, Object> product) {
        String id = Integer.toString(nextId++);
        products.put(id, new LinkedHashMap<>(product));
        return id;
    }

    long countWithSku(String sku) {
        return products.values().stream().filter(p -> sku.equals(p.get("sku"))).count();
    }

    @Override
    public Page read(String entity, ReadRequest request) {
        List<fr.passerelle.connector.CanonicalRecord> all = products.entrySet().stream()
                .map(e -> new fr.passerelle.connector.CanonicalRecord(entity, e.getKey(), e.getValue(), null)).toList();
        int from = request.cursor() == null ? 0 : Integer.parseInt(request.cursor());
        int to = Math.min(all.size(), from + request.pageSize());
        return new Page(all.subList(from, to), to < all.size() ? Integer.toString(to) : null, all.size());
    }

    @Override
    public List<WriteResult> write(String entity, List<WriteRequest> batch) {
        if (failAfterCalls >= 0 && writeCalls >= failAfterCalls) {
            throw new ConnectorException("fake-shop", "write", 503, true, "Service Unavailable");
        }
        writeCalls++;
        List<WriteResult> results = new ArrayList<>();
        for (WriteRequest request : batch) {
            writes.add(request);
            if (rejects.test(request)) {
                results.add(WriteResult.failed(request.key(), "Invalid or duplicated SKU.", false));
            } else if (request.targetId() == null) {
                results.add(WriteResult.created(request.key(), seed(request.payload())));
            } else {
                products.put(request.targetId(), new LinkedHashMap<>(request.payload()));
                results.add(WriteResult.updated(request.key(), request.targetId()));
            }
        }
        return results;
    }

    @Override
    public Map<String, String> findIds(String entity, String matchField, java.util.Collection<String> values) {
        lookupCalls++;
        Map<String, String> found = new LinkedHashMap<>();
        for (String value : values) {
            find(matchField, value).ifPresent(id -> found.put(value, id));
        }
        return found;
    }

    @Override
    public Optional<String> findId(String entity, String matchField, String value) {
        lookupCalls++;
        return find(matchField, value);
    }

    private Optional<String> find(String matchField, String value) {
        return products.entrySet().stream().filter(e -> value.equals(e.getValue().get(matchField)))
                .map(Map.Entry::getKey).findFirst();
    }

    @Override
    public void close() {
    }
}
