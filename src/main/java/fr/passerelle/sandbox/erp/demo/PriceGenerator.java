package fr.passerelle.sandbox.erp.demo;

import fr.passerelle.sandbox.erp.EntityStore;
import fr.passerelle.sandbox.erp.Wire;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Released sales price worksheets: prices per customer price class and per customer. */
final class PriceGenerator {

    private final EntityStore store;
    private final Random random;
    private final Stamps stamps;
    private int number;

    PriceGenerator(EntityStore store, Random random, Stamps stamps) {
        this.store = store;
        this.random = random;
        this.stamps = stamps;
    }

    void generate(List<String> items) {
        BigDecimal[] discounts = {BigDecimal.ONE, new BigDecimal("0.85"), new BigDecimal("0.75"), new BigDecimal("0.9")};
        for (int c = 1; c < ReferenceData.PRICE_CLASSES.size(); c++) {
            worksheet("Customer Price Class", ReferenceData.PRICE_CLASSES.get(c), items, discounts[c], 60);
        }
        for (int w = 0; w < 12; w++) {
            String customer = String.format("C%05d", 1 + random.nextInt(DemoData.CUSTOMERS));
            worksheet("Customer", customer, items, new BigDecimal("0.8"), 5 + random.nextInt(10));
        }
    }

    private void worksheet(String priceType, String priceCode, List<String> items, BigDecimal factor, int lines) {
        String refNbr = String.format("PW%06d", ++number);
        ObjectNode sheet = ReferenceData.record("ReferenceNbr", refNbr, "Status", "Released", "Description",
                "Tarifs " + priceCode, "EffectiveDate", stamps.daysAgo(30 + random.nextInt(200)),
                "LastModifiedDateTime", stamps.past());
        ArrayNode prices = sheet.putArray("SalesPrices");
        for (int i = 0; i < lines && i < items.size(); i++) {
            String itemId = items.get((i * 7 + number) % items.size());
            BigDecimal base = store.find("StockItem", itemId).map(item -> Wire.decimal(item, "DefaultPrice"))
                    .orElse(BigDecimal.TEN);
            ObjectNode line = ReferenceData.record("PriceType", priceType, "PriceCode", priceCode, "InventoryID",
                    itemId, "UOM", "PIECE", "BreakQty", BigDecimal.ZERO, "Price",
                    base.multiply(factor).setScale(2, RoundingMode.HALF_UP), "CurrencyID", "EUR", "Tax", "TVA20");
            line.put("id", Codes.uuid(random));
            prices.add(line);
        }
        sheet.put("id", Codes.uuid(random));
        store.insert("SalesPriceWorksheet", sheet);
    }
}
