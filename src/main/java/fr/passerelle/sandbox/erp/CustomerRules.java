package fr.passerelle.sandbox.erp;

import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Customer form (AR303000): the id is chosen by the caller, name and a valid e-mail are checked. */
final class CustomerRules implements EntityRules {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @Override
    public String label() {
        return "Customer";
    }

    @Override
    public void apply(ObjectNode customer, boolean inserting, EntityStore store, FieldErrorMarker errors) {
        if (Wire.text(customer, "CustomerID") == null) {
            errors.mark(customer, "CustomerID", "'Customer ID' cannot be empty.");
        }
        if (inserting && Wire.text(customer, "CustomerName") == null) {
            errors.mark(customer, "CustomerName", "'Account Name' cannot be empty.");
        }
        JsonNode main = customer.path("MainContact");
        Object email = Wire.value(customer, List.of("MainContact", "Email"));
        if (main.isObject() && email != null && !EMAIL.matcher(email.toString()).matches()) {
            errors.mark((ObjectNode) main, "Email", "The e-mail address is not valid.");
        }
        String priceClass = Wire.text(customer, "PriceClassID");
        if (priceClass != null && store.live("CustomerPriceClass", priceClass).isEmpty()) {
            errors.mark(customer, "PriceClassID", "'" + priceClass + "' cannot be found in the system.");
        }
        if (inserting) {
            if (Wire.text(customer, "Status") == null) {
                Wire.set(customer, "Status", "Active");
            }
            if (Wire.text(customer, "CustomerClass") == null) {
                Wire.set(customer, "CustomerClass", "DEFAULT");
            }
            Wire.set(customer, "CurrencyID", "EUR");
        }
    }
}
