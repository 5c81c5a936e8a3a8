package fr.passerelle.sync;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.ConnectorSession;
import fr.passerelle.connector.Page;
import fr.passerelle.connector.ReadRequest;
import fr.passerelle.engine.RecordEnricher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * CUS-6: every delivery address of a customer. Acumatica keeps them as CustomerLocation records,
 * not inside the Customer, so the customers flow reads the locations of each page's customers in
 * one filtered read ({@code Customer eq 'C1' or Customer eq 'C2' ...}) and hands them to the mapping
 * as the list {@value #FIELD}, default location first. A location changed alone does not change its
 * customer's last-modified time: it reaches the shop with the customer's next change (or a resync).
 */
final class CustomerLocations implements RecordEnricher {

    static final String FIELD = "locations";
    static final String ENTITY = "erp.customer-location";
    /** Customers per filtered read: the OData filter stays a few kilobytes. */
    private static final int PER_READ = 50;

    private final ConnectorSession erp;

    CustomerLocations(ConnectorSession erp) {
        this.erp = erp;
    }

    @Override
    public CanonicalRecord enrich(CanonicalRecord record) {
        return enrichPage(List.of(record)).getFirst();
    }

    @Override
    public List<CanonicalRecord> enrichPage(List<CanonicalRecord> records) {
        Map<String, List<Map<String, @Nullable Object>>> byCustomer = new LinkedHashMap<>();
        List<String> ids = records.stream().map(r -> r.get("customerId")).filter(id -> id != null)
                .map(Object::toString).distinct().toList();
        for (int from = 0; from < ids.size(); from += PER_READ) {
            String filter = ids.subList(from, Math.min(ids.size(), from + PER_READ)).stream()
                    .map(id -> "Customer eq '" + id.replace("'", "''") + "'").collect(Collectors.joining(" or "));
            ReadRequest request = new ReadRequest(filter, null, 500, null, List.of());
            while (true) {
                Page page = erp.read(ENTITY, request);
                for (CanonicalRecord location : page.records()) {
                    Object customer = location.get("customerId");
                    if (customer != null && !Boolean.FALSE.equals(location.get("active"))) {
                        byCustomer.computeIfAbsent(customer.toString(), k -> new ArrayList<>()).add(location.fields());
                    }
                }
                if (page.last()) {
                    break;
                }
                request = request.next(page.nextCursor());
            }
        }
        List<CanonicalRecord> enriched = new ArrayList<>(records.size());
        for (CanonicalRecord record : records) {
            Object id = record.get("customerId");
            List<Map<String, @Nullable Object>> locations = new ArrayList<>(id == null ? List.of()
                    : byCustomer.getOrDefault(id.toString(), List.of()));
            // the default location first, then the others in the ERP's order
            locations.sort((a, b) -> Boolean.compare(Boolean.TRUE.equals(b.get("isDefault")), Boolean.TRUE.equals(a.get("isDefault"))));
            Map<String, @Nullable Object> fields = new LinkedHashMap<>(record.fields());
            fields.put(FIELD, locations);
            enriched.add(new CanonicalRecord(record.entity(), record.key(), fields, record.modifiedAt()));
        }
        return enriched;
    }
}
