package fr.passerelle.engine;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.OpenOrderLine;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reservation-aware stock (STK-3): the quantities sold in the shop by orders the ERP has not
 * imported yet. A stock push subtracts them, so the shop never offers again what it already
 * sold. The reserved quantity reaches the mapping as the field {@value #FIELD}.
 */
public final class Reservations implements RecordEnricher {

    public static final String FIELD = "WebReserved";

    private final Map<String, BigDecimal> reservedBySku;
    private final Function<CanonicalRecord, Object> skuOf;

    private Reservations(Map<String, BigDecimal> reservedBySku, Function<CanonicalRecord, Object> skuOf) {
        this.reservedBySku = Map.copyOf(reservedBySku);
        this.skuOf = skuOf;
    }

    /**
     * @param lines open order lines read from the shop
     * @param importedOrders keys of the orders the ERP already has (their stock is already in its figures)
     * @param skuOf how to read a source record's SKU (its key, by default)
     */
    public static Reservations of(Collection<OpenOrderLine> lines, Set<String> importedOrders,
            Function<CanonicalRecord, Object> skuOf) {
        Map<String, BigDecimal> reserved = new HashMap<>();
        for (OpenOrderLine line : lines) {
            if (!importedOrders.contains(line.orderKey())) {
                reserved.merge(line.sku(), line.quantity(), BigDecimal::add);
            }
        }
        return new Reservations(reserved, skuOf);
    }

    public BigDecimal reserved(String sku) {
        return reservedBySku.getOrDefault(sku, BigDecimal.ZERO);
    }

    @Override
    public CanonicalRecord enrich(CanonicalRecord record) {
        Object sku = skuOf.apply(record);
        Map<String, Object> fields = new LinkedHashMap<>(record.fields());
        fields.put(FIELD, sku == null ? BigDecimal.ZERO : reserved(sku.toString()));
        return new CanonicalRecord(record.entity(), record.key(), fields, record.modifiedAt());
    }
}
