package fr.passerelle.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code dsl/examples/woocommerce-order-to-cegid.yaml} written by hand, as a developer would
 * write it in Java: the reference the compiled plan is measured against (docs/performance.md).
 */
final class HandWrittenOrderMapper {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final Map<String, String> VAT = Map.of("20", "TVA20", "10", "TVA10", "5.5", "TVA055", "2.1", "TVA021", "0", "EXO");
    private static final Map<String, String> FREIGHT = Map.of("flat_rate", "PORT", "free_shipping", "PORT-OFFERT",
            "local_pickup", "RETRAIT");

    @SuppressWarnings("unchecked")
    Map<String, Object> map(Map<String, Object> order) {
        String number = (String) order.get("number");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("orderType", "SO");
        out.put("customerId", "WEBCLIENT");
        out.put("customerOrder", "WEB-" + number);
        out.put("description", "Commande web " + number);
        out.put("date", LocalDateTime.parse((String) order.get("date_created_gmt")).format(DAY));
        out.put("currency", order.get("currency"));
        out.put("taxCalcMode", Boolean.TRUE.equals(order.get("prices_include_tax")) ? "Gross" : "Net");
        Map<String, Object> billing = (Map<String, Object>) order.get("billing");
        Map<String, Object> billTo = new LinkedHashMap<>();
        billTo.put("overrideContact", true);
        billTo.put("name", (billing.get("first_name") + " " + billing.get("last_name")).trim());
        billTo.put("email", billing.get("email"));
        billTo.put("overrideAddress", true);
        billTo.put("line1", billing.get("address_1"));
        billTo.put("city", billing.get("city"));
        billTo.put("postalCode", billing.get("postcode"));
        billTo.put("country", billing.get("country"));
        out.put("billTo", billTo);
        Map<String, Object> shipping = (Map<String, Object>) order.get("shipping");
        Map<String, Object> shipTo = new LinkedHashMap<>();
        shipTo.put("overrideAddress", true);
        shipTo.put("line1", shipping.get("address_1"));
        shipTo.put("city", shipping.get("city"));
        shipTo.put("postalCode", shipping.get("postcode"));
        shipTo.put("country", shipping.get("country"));
        out.put("shipTo", shipTo);
        List<Map<String, Object>> taxLines = (List<Map<String, Object>>) order.get("tax_lines");
        List<Map<String, Object>> lines = new ArrayList<>();
        List<Map<String, Object>> source = new ArrayList<>((List<Map<String, Object>>) order.get("line_items"));
        source.addAll((List<Map<String, Object>>) order.get("shipping_lines"));
        for (Map<String, Object> item : source) {
            boolean shippingLine = item.get("method_id") != null;
            if (!shippingLine && ((BigDecimal) item.get("quantity")).signum() <= 0) {
                continue;
            }
            Map<String, Object> line = new LinkedHashMap<>();
            BigDecimal total = new BigDecimal((String) item.get("total"));
            if (shippingLine) {
                line.put("inventoryId", FREIGHT.getOrDefault((String) item.get("method_id"), "PORT"));
                line.put("description", item.get("method_title"));
                line.put("quantity", BigDecimal.ONE);
                line.put("unitPrice", total.setScale(2, RoundingMode.HALF_UP));
            } else {
                BigDecimal quantity = (BigDecimal) item.get("quantity");
                line.put("inventoryId", item.get("sku"));
                line.put("description", item.get("name"));
                line.put("quantity", quantity);
                line.put("unitPrice", total.divide(quantity, MathContext.DECIMAL128).setScale(4, RoundingMode.HALF_UP));
            }
            line.put("manualPrice", true);
            line.put("taxCategory", VAT.get(rate(item, taxLines).stripTrailingZeros().toPlainString()));
            lines.add(line);
        }
        out.put("lines", lines);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static BigDecimal rate(Map<String, Object> item, List<Map<String, Object>> taxLines) {
        List<Map<String, Object>> taxes = (List<Map<String, Object>>) item.get("taxes");
        if (!taxes.isEmpty()) {
            BigDecimal id = (BigDecimal) taxes.getFirst().get("id");
            for (Map<String, Object> tax : taxLines) {
                if (((BigDecimal) tax.get("rate_id")).compareTo(id) == 0) {
                    return (BigDecimal) tax.get("rate_percent");
                }
            }
        }
        return BigDecimal.valueOf(20);
    }
}
