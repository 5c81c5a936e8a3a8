package fr.passerelle.sandbox.erp;

import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Payment form (AR302000): numbering, customer check, applications to orders (which lower the
 * order's unpaid balance) and to invoices, never more than the payment amount.
 */
final class PaymentRules implements EntityRules {

    private final Numbering numbering;
    private final SandboxClock clock;
    private final SalesOrderRules orders;

    PaymentRules(Numbering numbering, SandboxClock clock, SalesOrderRules orders) {
        this.numbering = numbering;
        this.clock = clock;
        this.orders = orders;
    }

    @Override
    public String label() {
        return "Payment";
    }

    @Override
    public void apply(ObjectNode payment, boolean inserting, EntityStore store, FieldErrorMarker errors) {
        if (Wire.text(payment, "Type") == null) {
            Wire.set(payment, "Type", "Payment");
        }
        String customerId = Wire.text(payment, "CustomerID");
        if (customerId == null || store.live("Customer", customerId).isEmpty()) {
            errors.mark(payment, "CustomerID", customerId == null ? "'Customer' cannot be empty."
                    : "'" + customerId + "' cannot be found in the system.");
        }
        BigDecimal amount = SalesOrderRules.orZero(Wire.decimal(payment, "PaymentAmount"));
        if (amount.signum() <= 0) {
            errors.mark(payment, "PaymentAmount", "The value must be greater than 0.");
        }
        BigDecimal applied = BigDecimal.ZERO;
        for (JsonNode line : payment.path("OrdersToApply")) {
            String type = String.valueOf(Wire.text(line, "OrderType"));
            String nbr = String.valueOf(Wire.text(line, "OrderNbr"));
            if (store.live("SalesOrder", type, nbr).isEmpty()) {
                errors.mark((ObjectNode) line, "OrderNbr", "'" + nbr + "' cannot be found in the system.");
            }
            applied = applied.add(SalesOrderRules.orZero(Wire.decimal(line, "AppliedToOrder")));
        }
        for (JsonNode line : payment.path("DocumentsToApply")) {
            applied = applied.add(SalesOrderRules.orZero(Wire.decimal(line, "AmountPaid")));
        }
        if (applied.compareTo(amount) > 0) {
            errors.mark(payment, "PaymentAmount", "The application amount exceeds the payment amount.");
        }
        if (errors.any() || !inserting) {
            return;
        }
        Wire.set(payment, "ReferenceNbr", numbering.next("AR-PMT", ""));
        if (Wire.text(payment, "ApplicationDate") == null) {
            Wire.set(payment, "ApplicationDate", clock.today());
        }
        boolean hold = Boolean.TRUE.equals(Wire.value(payment, List.of("Hold")));
        Wire.set(payment, "Status", hold ? "On Hold" : "Balanced");
        Wire.set(payment, "UnappliedBalance", amount.subtract(applied));
        applyToOrders(payment, store);
    }

    private void applyToOrders(ObjectNode payment, EntityStore store) {
        for (JsonNode line : payment.path("OrdersToApply")) {
            ObjectNode order = store.live("SalesOrder", Wire.text(line, "OrderType"), Wire.text(line, "OrderNbr"))
                    .orElseThrow();
            ArrayNode payments = order.get("Payments") instanceof ArrayNode a ? a : order.putArray("Payments");
            ObjectNode application = Wire.object();
            application.put("id", java.util.UUID.randomUUID().toString());
            application.put("rowNumber", payments.size() + 1);
            Wire.set(application, "DocType", Wire.text(payment, "Type"));
            Wire.set(application, "ReferenceNbr", Wire.text(payment, "ReferenceNbr"));
            Wire.set(application, "AppliedToOrder", Wire.decimal(line, "AppliedToOrder"));
            Wire.set(application, "ApplicationDate", Wire.text(payment, "ApplicationDate"));
            Wire.set(application, "Status", Wire.text(payment, "Status"));
            payments.add(application);
            orders.apply(order, false, store, new FieldErrorMarker());
        }
    }
}
