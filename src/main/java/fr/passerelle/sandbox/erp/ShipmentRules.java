package fr.passerelle.sandbox.erp;

import java.util.LinkedHashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Shipment form (SO302000): numbering, lines must point at existing orders, which move to "Shipping". */
final class ShipmentRules implements EntityRules {

    private final Numbering numbering;
    private final SandboxClock clock;

    ShipmentRules(Numbering numbering, SandboxClock clock) {
        this.numbering = numbering;
        this.clock = clock;
    }

    @Override
    public String label() {
        return "Shipment";
    }

    @Override
    public void apply(ObjectNode shipment, boolean inserting, EntityStore store, FieldErrorMarker errors) {
        Set<String> orders = new LinkedHashSet<>();
        for (JsonNode line : shipment.path("Details")) {
            String type = Wire.text(line, "OrderType");
            String nbr = Wire.text(line, "OrderNbr");
            if (type == null || nbr == null || store.live("SalesOrder", type, nbr).isEmpty()) {
                errors.mark((ObjectNode) line, "OrderNbr", "'" + nbr + "' cannot be found in the system.");
            } else {
                orders.add(type + "/" + nbr);
            }
        }
        if (errors.any() || !inserting) {
            return;
        }
        if (Wire.text(shipment, "Type") == null) {
            Wire.set(shipment, "Type", "Shipment");
        }
        Wire.set(shipment, "ShipmentNbr", numbering.next("SHIPMENT", ""));
        Wire.set(shipment, "Status", "Open");
        if (Wire.text(shipment, "ShipmentDate") == null) {
            Wire.set(shipment, "ShipmentDate", clock.today());
        }
        ArrayNode orderLinks = shipment.putArray("Orders");
        for (String key : orders) {
            String[] parts = key.split("/");
            ObjectNode order = store.live("SalesOrder", parts[0], parts[1]).orElseThrow();
            if (Wire.text(shipment, "CustomerID") == null) {
                Wire.set(shipment, "CustomerID", Wire.text(order, "CustomerID"));
            }
            ObjectNode link = Wire.object();
            link.put("id", java.util.UUID.randomUUID().toString());
            Wire.set(link, "OrderType", parts[0]);
            Wire.set(link, "OrderNbr", parts[1]);
            orderLinks.add(link);
            Wire.set(order, "Status", "Shipping");
            ArrayNode shipments = order.get("Shipments") instanceof ArrayNode a ? a : order.putArray("Shipments");
            ObjectNode summary = Wire.object();
            summary.put("id", java.util.UUID.randomUUID().toString());
            Wire.set(summary, "ShipmentNbr", Wire.text(shipment, "ShipmentNbr"));
            Wire.set(summary, "ShipmentType", "Shipment");
            Wire.set(summary, "Status", "Open");
            shipments.add(summary);
        }
    }
}
