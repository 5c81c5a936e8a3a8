package fr.passerelle.sync;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.ConnectorSession;
import fr.passerelle.connector.Page;
import fr.passerelle.connector.ReadRequest;
import fr.passerelle.engine.IdLink;
import fr.passerelle.engine.RecordEnricher;
import fr.passerelle.engine.RunPorts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * PRC-5 / PRC-6: the group (customer price class) and per-customer prices of each item, from the
 * ERP's released sales price worksheets ({@code erp.price}), read once per run and handed to the
 * prices mapping as the list {@value #FIELD}: {@code priceType, priceCode, price, breakQty,
 * effectiveDate, expirationDate}, plus the shop's ids the customer-groups and customers flows keep
 * ({@code shopGroupId}, {@code shopCustomerId}, {@code customerEmail}; null before those flows ran).
 *
 * <p>For one price type, code and break quantity, the worksheet line with the latest effective
 * date on or before today is the price; a price whose expiration date has passed is gone, so it
 * ends in the shop too. Since a worksheet changes no item, {@link #changedSince} tells the run when
 * it must read every item again: a worksheet changed, or a price started or ended, after its watermark.
 */
final class SalesPrices implements RecordEnricher {

    static final String FIELD = "salesPrices";
    static final String ENTITY = "erp.price";

    /** One worksheet line as the mapping sees it. */
    private record Line(String inventoryId, Map<String, @Nullable Object> fields, @Nullable LocalDate effective) {
    }

    private final Map<String, List<Map<String, @Nullable Object>>> byItem;
    private final Instant latestChange;

    private SalesPrices(Map<String, List<Map<String, @Nullable Object>>> byItem, Instant latestChange) {
        this.byItem = byItem;
        this.latestChange = latestChange;
    }

    /**
     * @param groupEntity the customer-groups flow's link entity, or null when it has none
     * @param customerEntity the customers flow's link entity, or null when it has none
     */
    static SalesPrices read(ConnectorSession erp, RunPorts.IdLinks links, @Nullable String groupEntity,
            @Nullable String customerEntity, LocalDate today) {
        List<Line> lines = new ArrayList<>();
        Instant latest = Instant.EPOCH;
        ReadRequest request = ReadRequest.all(100);
        while (true) {
            Page page = erp.read(ENTITY, request);
            for (CanonicalRecord sheet : page.records()) {
                latest = max(latest, sheet.modifiedAt());
                LocalDate effective = date(sheet.get("effectiveDate"));
                LocalDate expiration = date(sheet.get("expirationDate"));
                for (LocalDate d : new LocalDate[] {effective, expiration == null ? null : expiration.plusDays(1)}) {
                    if (d != null && !d.isAfter(today)) {
                        latest = max(latest, d.atStartOfDay().toInstant(ZoneOffset.UTC));
                    }
                }
                boolean inForce = "Released".equals(sheet.get("status")) && (effective == null || !effective.isAfter(today))
                        && (expiration == null || !expiration.isBefore(today));
                if (!inForce || !(sheet.get("prices") instanceof List<?> prices)) {
                    continue;
                }
                for (Object p : prices) {
                    if (p instanceof Map<?, ?> price && price.get("inventoryId") != null && price.get("price") != null) {
                        Map<String, @Nullable Object> line = new LinkedHashMap<>();
                        for (String f : List.of("priceType", "priceCode", "price", "breakQty", "uom", "currency")) {
                            line.put(f, price.get(f));
                        }
                        line.put("effectiveDate", effective == null ? null : effective.toString());
                        line.put("expirationDate", expiration == null ? null : expiration.toString());
                        line.put("worksheet", sheet.get("referenceNbr"));
                        lines.add(new Line(price.get("inventoryId").toString().trim(), line, effective));
                    }
                }
            }
            if (page.last()) {
                break;
            }
            request = request.next(page.nextCursor());
        }
        // the latest effective line per item, type, code and break quantity
        Map<String, Line> current = new LinkedHashMap<>();
        lines.stream().sorted(Comparator.comparing(Line::effective, Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(l -> current.put(l.inventoryId() + "|" + l.fields().get("priceType") + "|" + l.fields().get("priceCode")
                        + "|" + quantity(l.fields().get("breakQty")), l));
        Map<String, IdLink> groups = find(links, groupEntity, current.values(), "Customer Price Class");
        Map<String, IdLink> customers = find(links, customerEntity, current.values(), "Customer");
        Map<String, List<Map<String, @Nullable Object>>> byItem = new HashMap<>();
        for (Line line : current.values()) {
            Map<String, @Nullable Object> fields = new LinkedHashMap<>(line.fields());
            String code = Objects.toString(fields.get("priceCode"), "");
            IdLink group = "Customer Price Class".equals(fields.get("priceType")) ? groups.get(code) : null;
            IdLink customer = "Customer".equals(fields.get("priceType")) ? customers.get(code) : null;
            fields.put("shopGroupId", group == null ? null : group.targetId());
            fields.put("shopCustomerId", customer == null ? null : customer.targetId());
            fields.put("customerEmail", customer == null || customer.lastPayload() == null ? null
                    : customer.lastPayload().get("email"));
            byItem.computeIfAbsent(line.inventoryId(), k -> new ArrayList<>()).add(fields);
        }
        return new SalesPrices(byItem, latest);
    }

    private static Map<String, IdLink> find(RunPorts.IdLinks links, @Nullable String entity, java.util.Collection<Line> lines,
            String type) {
        List<String> codes = lines.stream().filter(l -> type.equals(l.fields().get("priceType")))
                .map(l -> Objects.toString(l.fields().get("priceCode"), "")).distinct().toList();
        return entity == null || codes.isEmpty() ? Map.of() : links.find(entity, codes);
    }

    /** True when the prices changed after {@code watermark}: the run must then read every item again. */
    boolean changedSince(@Nullable Instant watermark) {
        return watermark != null && latestChange.isAfter(watermark);
    }

    @Override
    public CanonicalRecord enrich(CanonicalRecord record) {
        Map<String, @Nullable Object> fields = new LinkedHashMap<>(record.fields());
        fields.put(FIELD, List.copyOf(byItem.getOrDefault(record.key().trim(), List.of())));
        return new CanonicalRecord(record.entity(), record.key(), fields, record.modifiedAt());
    }

    private static String quantity(@Nullable Object value) {
        return value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : Objects.toString(value, "0");
    }

    private static Instant max(Instant a, @Nullable Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    private static @Nullable LocalDate date(@Nullable Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String text = value.toString();
        return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
    }
}
