package fr.passerelle.sandbox.erp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Moves sales documents on, as the ERP's users would: ship an order (with a tracking number),
 * confirm the shipment, invoice it, release the invoice, release a payment. The API's actions
 * and the public methods of {@link ErpSandbox} both come here.
 */
final class DocumentDesk {

    private final EntityStore store;
    private final Numbering numbering;
    private final SandboxClock clock;

    DocumentDesk(EntityStore store, Numbering numbering, SandboxClock clock) {
        this.store = store;
        this.numbering = numbering;
        this.clock = clock;
    }

    /** Creates an open shipment for every line of the order; returns its number. */
    String createShipment(ObjectNode order) {
        ObjectNode shipment = Wire.object();
        Wire.set(shipment, "CustomerID", Wire.text(order, "CustomerID"));
        Wire.set(shipment, "ShipVia", Wire.text(order, "ShipVia"));
        ArrayNode lines = shipment.putArray("Details");
        String warehouse = null;
        for (JsonNode orderLine : order.path("Details")) {
            ObjectNode line = lines.addObject();
            line.put("id", java.util.UUID.randomUUID().toString());
            Wire.set(line, "OrderType", Wire.text(order, "OrderType"));
            Wire.set(line, "OrderNbr", Wire.text(order, "OrderNbr"));
            Wire.set(line, "OrderLineNbr", Wire.decimal(orderLine, "LineNbr"));
            Wire.set(line, "InventoryID", Wire.text(orderLine, "InventoryID"));
            Wire.set(line, "ShippedQty", Wire.decimal(orderLine, "OrderQty"));
            warehouse = warehouse == null ? Wire.text(orderLine, "WarehouseID") : warehouse;
        }
        Wire.set(shipment, "WarehouseID", warehouse);
        new ShipmentRules(numbering, clock).apply(shipment, true, store, new FieldErrorMarker());
        store.insert("Shipment", shipment);
        stamp(shipment);
        return Wire.text(shipment, "ShipmentNbr");
    }

    /** Adds a package with a carrier tracking number, as the warehouse does when packing. */
    void addPackage(ObjectNode shipment, String trackingNbr) {
        ArrayNode packages = shipment.get("Packages") instanceof ArrayNode a ? a : shipment.putArray("Packages");
        ObjectNode box = packages.addObject();
        box.put("id", java.util.UUID.randomUUID().toString());
        box.put("rowNumber", packages.size());
        Wire.set(box, "BoxID", "CARTON");
        Wire.set(box, "TrackingNbr", trackingNbr);
        Wire.set(box, "Confirmed", Boolean.TRUE);
        stamp(shipment);
    }

    void confirmShipment(ObjectNode shipment) {
        Wire.set(shipment, "Status", "Confirmed");
        forEachOrder(shipment, order -> {
            Wire.set(order, "Status", "Completed");
            setShipmentField(order, Wire.text(shipment, "ShipmentNbr"), "Status", "Confirmed");
        });
        stamp(shipment);
    }

    /** Creates the invoice of a confirmed shipment; returns its reference number. */
    String prepareInvoice(ObjectNode shipment) {
        ObjectNode invoice = Wire.object();
        String refNbr = numbering.next("AR-INV", "");
        Wire.set(invoice, "Type", "Invoice");
        Wire.set(invoice, "ReferenceNbr", refNbr);
        Wire.set(invoice, "CustomerID", Wire.text(shipment, "CustomerID"));
        Wire.set(invoice, "Date", clock.today());
        Wire.set(invoice, "DueDate", LocalDate.now(clock.clock()).plusDays(30).atStartOfDay().toString() + ":00");
        Wire.set(invoice, "Status", "Balanced");
        Wire.set(invoice, "Hold", Boolean.FALSE);
        BigDecimal amount = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        ArrayNode details = invoice.putArray("Details");
        for (ObjectNode order : orders(shipment)) {
            amount = amount.add(SalesOrderRules.orZero(Wire.decimal(order, "OrderTotal")));
            paid = paid.add(SalesOrderRules.orZero(Wire.decimal(order, "OrderTotal"))
                    .subtract(SalesOrderRules.orZero(Wire.value(order, java.util.List.of("Totals", "UnpaidBalance"))
                            instanceof BigDecimal b ? b : null)));
            Wire.set(invoice, "CustomerOrder", Wire.text(order, "CustomerOrder"));
            for (JsonNode line : order.path("Details")) {
                ObjectNode copy = details.addObject();
                copy.put("id", java.util.UUID.randomUUID().toString());
                for (String field : new String[] {"InventoryID", "OrderQty", "UnitPrice", "ExtendedPrice", "TaxCategory"}) {
                    copy.set(field, line.path(field).deepCopy());
                }
                Wire.set(copy, "OrderType", Wire.text(order, "OrderType"));
                Wire.set(copy, "OrderNbr", Wire.text(order, "OrderNbr"));
            }
            invoice.set("TaxDetails", order.path("TaxDetails").deepCopy());
            setShipmentField(order, Wire.text(shipment, "ShipmentNbr"), "InvoiceNbr", refNbr);
            Wire.set(order, "Status", "Invoiced");
        }
        Wire.set(invoice, "Amount", amount);
        Wire.set(invoice, "Balance", amount.subtract(paid).max(BigDecimal.ZERO));
        store.insert("SalesInvoice", invoice);
        stamp(invoice);
        Wire.set(shipment, "Status", "Invoiced");
        for (JsonNode link : shipment.path("Orders")) {
            Wire.set((ObjectNode) link, "InvoiceNbr", refNbr);
        }
        stamp(shipment);
        return refNbr;
    }

    void releaseInvoice(ObjectNode invoice) {
        BigDecimal balance = SalesOrderRules.orZero(Wire.decimal(invoice, "Balance"));
        Wire.set(invoice, "Status", balance.signum() == 0 ? "Closed" : "Open");
        for (ObjectNode order : store.liveRows("SalesOrder")) {
            for (JsonNode summary : order.path("Shipments")) {
                if (Wire.text(invoice, "ReferenceNbr").equals(Wire.text(summary, "InvoiceNbr"))) {
                    Wire.set(order, "Status", "Completed");
                    stamp(order);
                }
            }
        }
        stamp(invoice);
    }

    void releasePayment(ObjectNode payment) {
        BigDecimal unapplied = SalesOrderRules.orZero(Wire.decimal(payment, "UnappliedBalance"));
        Wire.set(payment, "Status", unapplied.signum() == 0 ? "Closed" : "Open");
        for (JsonNode line : payment.path("OrdersToApply")) {
            store.live("SalesOrder", Wire.text(line, "OrderType"), Wire.text(line, "OrderNbr")).ifPresent(order -> {
                for (JsonNode application : order.path("Payments")) {
                    if (Wire.text(payment, "ReferenceNbr").equals(Wire.text(application, "ReferenceNbr"))) {
                        Wire.set((ObjectNode) application, "Status", Wire.text(payment, "Status"));
                    }
                }
                stamp(order);
            });
        }
        stamp(payment);
    }

    void cancelOrder(ObjectNode order) {
        Wire.set(order, "Status", "Canceled");
        stamp(order);
    }

    Optional<ObjectNode> shipment(String shipmentNbr) {
        return store.live("Shipment", shipmentNbr);
    }

    void stamp(ObjectNode record) {
        Wire.set(record, record.has("OrderType") && record.has("OrderNbr") && !record.has("ShipmentNbr") ? "LastModified" : "LastModifiedDateTime",
                clock.now());
    }

    private java.util.List<ObjectNode> orders(ObjectNode shipment) {
        java.util.List<ObjectNode> orders = new java.util.ArrayList<>();
        forEachOrder(shipment, orders::add);
        return orders;
    }

    private void forEachOrder(ObjectNode shipment, java.util.function.Consumer<ObjectNode> action) {
        for (JsonNode link : shipment.path("Orders")) {
            store.live("SalesOrder", Wire.text(link, "OrderType"), Wire.text(link, "OrderNbr")).ifPresent(order -> {
                action.accept(order);
                stamp(order);
            });
        }
    }

    private static void setShipmentField(ObjectNode order, String shipmentNbr, String field, String value) {
        for (JsonNode summary : order.path("Shipments")) {
            if (shipmentNbr.equals(Wire.text(summary, "ShipmentNbr"))) {
                Wire.set((ObjectNode) summary, field, value);
            }
        }
    }
}
