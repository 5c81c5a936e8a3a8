package fr.passerelle.sandbox.erp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sales order form (SO301000): numbering per order type, customer and item checks, line
 * amounts, VAT per tax category (freight taxed too), totals and status.
 */
final class SalesOrderRules implements EntityRules {

    private final Numbering numbering;
    private final SandboxClock clock;

    SalesOrderRules(Numbering numbering, SandboxClock clock) {
        this.numbering = numbering;
        this.clock = clock;
    }

    @Override
    public String label() {
        return "Sales Order";
    }

    @Override
    public void apply(ObjectNode order, boolean inserting, EntityStore store, FieldErrorMarker errors) {
        if (Wire.text(order, "OrderType") == null) {
            Wire.set(order, "OrderType", "SO");
        }
        String customerId = Wire.text(order, "CustomerID");
        ObjectNode customer = customerId == null ? null : store.live("Customer", customerId).orElse(null);
        if (customerId == null) {
            errors.mark(order, "CustomerID", "'Customer' cannot be empty.");
        } else if (customer == null) {
            errors.mark(order, "CustomerID", "'" + customerId + "' cannot be found in the system.");
        } else if ("Inactive".equals(Wire.text(customer, "Status"))) {
            errors.mark(order, "CustomerID", "The customer status is 'Inactive'.");
        }
        Map<String, BigDecimal> taxable = new LinkedHashMap<>();
        BigDecimal lineTotal = lines(order, store, errors, taxable);
        BigDecimal freight = freight(order);
        if (freight.signum() != 0) {
            taxable.merge(TaxRates.FREIGHT_CATEGORY, freight, BigDecimal::add);
        }
        BigDecimal taxTotal = taxDetails(order, taxable);
        if (errors.any()) {
            return;
        }
        if (inserting) {
            Wire.set(order, "OrderNbr", numbering.next("SO-" + Wire.text(order, "OrderType"), ""));
            if (Wire.text(order, "Date") == null) {
                Wire.set(order, "Date", clock.today());
            }
            if (Wire.text(order, "CurrencyID") == null) {
                // the customer's currency in Acumatica; the demo company's base currency here
                Wire.set(order, "CurrencyID", "EUR");
            }
        }
        Object hold = Wire.value(order, List.of("Hold"));
        String status = Wire.text(order, "Status");
        if (status == null || status.equals("On Hold") || status.equals("Open")) {
            Wire.set(order, "Status", Boolean.TRUE.equals(hold) ? "On Hold" : "Open");
        }
        BigDecimal orderTotal = lineTotal.add(freight).add(taxTotal);
        BigDecimal paid = paid(order);
        Wire.set(order, "OrderTotal", orderTotal);
        Wire.set(order, "TaxTotal", taxTotal);
        ObjectNode totals = order.has("Totals") ? (ObjectNode) order.get("Totals") : order.putObject("Totals");
        Wire.set(totals, "LineTotalAmount", lineTotal);
        Wire.set(totals, "Freight", freight);
        Wire.set(totals, "TaxTotal", taxTotal);
        Wire.set(totals, "UnpaidBalance", orderTotal.subtract(paid).max(BigDecimal.ZERO));
    }

    private BigDecimal lines(ObjectNode order, EntityStore store, FieldErrorMarker errors,
            Map<String, BigDecimal> taxable) {
        BigDecimal total = BigDecimal.ZERO;
        JsonNode details = order.path("Details");
        int lineNbr = 1;
        for (JsonNode node : details) {
            ObjectNode line = (ObjectNode) node;
            String inventoryId = Wire.text(line, "InventoryID");
            ObjectNode item = inventoryId == null ? null
                    : store.live("StockItem", inventoryId).or(() -> store.live("NonStockItem", inventoryId)).orElse(null);
            if (item == null) {
                errors.mark(line, "InventoryID", inventoryId == null ? "'Inventory ID' cannot be empty."
                        : "'" + inventoryId + "' cannot be found in the system.");
                continue;
            }
            if ("Inactive".equals(Wire.text(item, "ItemStatus"))) {
                errors.mark(line, "InventoryID", "The status of the '" + inventoryId + "' item is Inactive.");
                continue;
            }
            Wire.set(line, "LineNbr", lineNbr++);
            BigDecimal qty = orZero(Wire.decimal(line, "OrderQty"));
            if (qty.signum() <= 0) {
                errors.mark(line, "OrderQty", "The value must be greater than 0.");
            }
            BigDecimal price = Wire.decimal(line, "UnitPrice");
            if (price == null) {
                price = orZero(Wire.decimal(item, "DefaultPrice"));
                Wire.set(line, "UnitPrice", price);
            }
            if (Wire.text(line, "TaxCategory") == null) {
                Wire.set(line, "TaxCategory", Wire.text(item, "TaxCategory"));
            }
            if (Wire.text(line, "WarehouseID") == null) {
                Wire.set(line, "WarehouseID", Wire.text(item, "DefaultWarehouseID"));
            }
            BigDecimal amount = qty.multiply(price).subtract(orZero(Wire.decimal(line, "DiscountAmount")))
                    .setScale(2, RoundingMode.HALF_UP);
            Wire.set(line, "ExtendedPrice", amount);
            Wire.set(line, "Amount", amount);
            taxable.merge(String.valueOf(Wire.text(line, "TaxCategory")), amount, BigDecimal::add);
            total = total.add(amount);
        }
        return total;
    }

    private static BigDecimal freight(ObjectNode order) {
        JsonNode shipping = order.path("ShippingSettings");
        if (shipping.isObject()) {
            BigDecimal price = Wire.decimal(shipping, "FreightPrice");
            if (price != null) {
                return price.setScale(2, RoundingMode.HALF_UP);
            }
        }
        return BigDecimal.ZERO;
    }

    private static BigDecimal taxDetails(ObjectNode order, Map<String, BigDecimal> taxable) {
        ArrayNode details = Wire.array();
        BigDecimal total = BigDecimal.ZERO;
        int row = 1;
        for (Map.Entry<String, BigDecimal> entry : taxable.entrySet()) {
            BigDecimal rate = TaxRates.RATES.get(entry.getKey());
            if (rate == null) {
                continue;
            }
            BigDecimal tax = entry.getValue().multiply(rate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
            ObjectNode detail = Wire.object();
            detail.put("id", java.util.UUID.nameUUIDFromBytes((entry.getKey() + row).getBytes()).toString());
            detail.put("rowNumber", row++);
            Wire.set(detail, "TaxID", entry.getKey());
            Wire.set(detail, "TaxRate", rate);
            Wire.set(detail, "TaxableAmount", entry.getValue());
            Wire.set(detail, "TaxAmount", tax);
            details.add(detail);
            total = total.add(tax);
        }
        order.set("TaxDetails", details);
        return total;
    }

    private static BigDecimal paid(ObjectNode order) {
        BigDecimal paid = BigDecimal.ZERO;
        for (JsonNode payment : order.path("Payments")) {
            paid = paid.add(orZero(Wire.decimal(payment, "AppliedToOrder")));
        }
        return paid;
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
