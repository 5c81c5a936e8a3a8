package fr.passerelle.sync;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.ConnectorSession;
import fr.passerelle.connector.ReadRequest;
import fr.passerelle.engine.RecordEnricher;
import fr.passerelle.engine.RunPorts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The order-status flow's view of an ERP sales document (PST-1..4): what the ERP document became,
 * which the sales order alone does not say. Acumatica's order status reads "Completed" both once
 * shipped and once invoiced, and the tracking numbers live on the shipments' packages. So each
 * order imported from the shop (it has an id link in {@code erp.sales-order}) gets:
 * <ul>
 * <li>{@code WebStage}: {@code open}, {@code preparing} (a shipment not confirmed), {@code shipped},
 *     {@code invoiced}, {@code canceled}: the key of the template's status lookup;</li>
 * <li>{@code WebTracking}: every package of every confirmed shipment, {@code [{number, carrier, shipmentNbr}]};</li>
 * <li>{@code WebShipments}: per confirmed shipment its packages' numbers and shipped lines
 *     {@code [{shipmentNbr, carrier, trackingNumbers: [{number}], lines: [{sku, quantity}]}]} (partial fulfilments);</li>
 * <li>{@code WebInvoice}: the invoice number, once there is one.</li>
 * </ul>
 * Orders that did not come from this shop are left alone (no shipment read for them).
 */
final class OrderTrail implements RecordEnricher {

    static final String ORDERS_LINKS = "erp.sales-order";

    private final ConnectorSession erp;
    private final RunPorts.IdLinks links;

    OrderTrail(ConnectorSession erp, RunPorts.IdLinks links) {
        this.erp = erp;
        this.links = links;
    }

    @Override
    public CanonicalRecord enrich(CanonicalRecord order) {
        if (links.findByTarget(ORDERS_LINKS, List.of(order.key())).isEmpty()) {
            return order;
        }
        Map<String, @Nullable Object> fields = new LinkedHashMap<>(order.fields());
        List<Map<String, Object>> tracking = new ArrayList<>();
        List<Map<String, Object>> shipped = new ArrayList<>();
        String invoice = null;
        boolean preparing = false;
        for (Object item : list(order.get("shipments"))) {
            Map<?, ?> summary = (Map<?, ?>) item;
            String nbr = text(summary.get("shipmentNbr"));
            invoice = invoice != null ? invoice : text(summary.get("invoiceNbr"));
            if (nbr == null) {
                continue;
            }
            CanonicalRecord shipment = shipment(nbr);
            String status = text(shipment == null ? summary.get("status") : shipment.get("status"));
            if (shipment == null || !isShipped(status)) {
                preparing = true;
                continue;
            }
            String carrier = Objects.toString(shipment.get("shipVia"), "");
            List<Map<String, Object>> numbers = new ArrayList<>();
            for (Object p : list(shipment.get("packages"))) {
                String number = text(((Map<?, ?>) p).get("trackingNbr"));
                if (number != null && !number.isBlank()) {
                    numbers.add(Map.of("number", number));
                    tracking.add(Map.of("number", number, "carrier", carrier, "shipmentNbr", nbr));
                }
            }
            List<Map<String, Object>> lines = new ArrayList<>();
            for (Object l : list(shipment.get("lines"))) {
                Map<?, ?> line = (Map<?, ?>) l;
                if (text(line.get("inventoryId")) != null) {
                    lines.add(Map.of("sku", text(line.get("inventoryId")), "quantity",
                            line.get("quantity") instanceof BigDecimal q ? q : BigDecimal.ZERO));
                }
            }
            shipped.add(Map.of("shipmentNbr", nbr, "carrier", carrier, "trackingNumbers", numbers, "lines", lines));
        }
        String status = text(order.get("status"));
        fields.put("WebStage", "Canceled".equals(status) ? "canceled" : invoice != null ? "invoiced"
                : !shipped.isEmpty() ? "shipped" : preparing ? "preparing" : "open");
        fields.put("WebTracking", tracking);
        fields.put("WebShipments", shipped);
        fields.put("WebInvoice", invoice);
        return new CanonicalRecord(order.entity(), order.key(), fields, order.modifiedAt());
    }

    private static boolean isShipped(@Nullable String status) {
        return "Confirmed".equals(status) || "Invoiced".equals(status) || "Completed".equals(status);
    }

    private @Nullable CanonicalRecord shipment(String nbr) {
        String filter = "ShipmentNbr eq '" + nbr.replace("'", "''") + "'";
        return erp.read("erp.shipment", new ReadRequest(filter, null, 10, null, List.of())).records().stream()
                .findFirst().orElse(null);
    }

    private static List<?> list(@Nullable Object value) {
        return value instanceof List<?> l ? l : List.of();
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
