package fr.passerelle.connector.shop.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.Page;
import fr.passerelle.connector.ReadRequest;
import fr.passerelle.connector.ShopSession;
import fr.passerelle.connector.WriteRequest;
import fr.passerelle.connector.WriteResult;
import fr.passerelle.connector.shop.ShopConnectorContractTest;
import fr.passerelle.sandbox.SandboxApp;
import fr.passerelle.sandbox.shop.ShopJson;
import fr.passerelle.sandbox.shop.shopify.ShopifySandbox;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ShopifyContractIT extends ShopConnectorContractTest {

    private ShopifySandbox shop;

    @Override
    protected SandboxApp newSandbox() {
        shop = new ShopifySandbox();
        // Shopify Plus figures: the 250-order read must not spend minutes refilling a small bucket.
        shop.bucket(10000, 1000);
        return shop;
    }

    @Override
    protected ConnectionSettings settings(String baseUrl) {
        return new ConnectionSettings(baseUrl, Map.of("accessToken", ShopifySandbox.DEFAULT_TOKEN),
                Map.of("retry.baseDelayMillis", "20", "retry.maxDelayMillis", "100", "bulk.pollMillis", "20"));
    }

    @Override
    protected String connectorId() {
        return "shopify";
    }

    @Override
    protected String productEntity() {
        return "shopify.product";
    }

    @Override
    protected Map<String, @Nullable Object> product(String sku, String name, String price) {
        Map<String, @Nullable Object> p = new LinkedHashMap<>();
        p.put("title", name);
        p.put("status", "ACTIVE");
        p.put("sku", sku);
        p.put("price", price);
        p.put("seo.title", name + " | Boutique");
        p.put("metafields[key=erp_item_code].value", sku);
        return p;
    }

    /** A blank title: Shopify answers INVALID_PRODUCT in userErrors. */
    @Override
    protected Map<String, @Nullable Object> invalidProduct(String sku) {
        Map<String, @Nullable Object> p = product(sku, "", "1.00");
        return p;
    }

    @Override
    protected Map<String, @Nullable Object> deactivated(String sku) {
        return Map.of("sku", sku, "status", "DRAFT");
    }

    @Override
    protected List<String> writeProductWithVariants(String sku, List<String> sizes) {
        List<Map<String, @Nullable Object>> variants = sizes.stream().map(size -> Map.<String, @Nullable Object>of(
                "optionValues", List.of(Map.of("optionName", "Taille", "name", size)), "sku", sku + "-" + size, "price", "15.00")).toList();
        List<WriteResult> results = session.write("shopify.product", List.of(new WriteRequest(sku, null,
                Map.of("title", "T-shirt", "variants", variants))));
        assertThat(results).allMatch(WriteResult::succeeded);
        return ShopJson.list(shop.productBySku(sku + "-" + sizes.getFirst()).orElseThrow().get("variants")).stream()
                .map(v -> String.valueOf(ShopJson.object(v).get("sku"))).toList();
    }

    @Override
    protected String writeCategoryPath(List<String> levels) {
        WriteResult result = session.write("shopify.collection", List.of(new WriteRequest("cat", null,
                Map.of("path", String.join(" > ", levels))))).getFirst();
        assertThat(result.succeeded()).as(String.valueOf(result.error())).isTrue();
        return Objects.requireNonNull(result.targetId());
    }

    @Override
    protected void writeStock(String sku, int quantity) {
        assertThat(session.write("shopify.stock", List.of(new WriteRequest(sku, null,
                Map.of("sku", sku, "quantity", quantity, "location", "Entrepôt Lyon"))))).allMatch(WriteResult::succeeded);
    }

    @Override
    protected void writePrice(String sku, String price) {
        assertThat(session.write("shopify.price", List.of(new WriteRequest(sku, null,
                Map.of("sku", sku, "price", price, "inventoryItem.cost", "6.10"))))).allMatch(WriteResult::succeeded);
    }

    @Override
    protected WriteResult writeCustomer(String email, String lastName, String erpCode) {
        Map<String, @Nullable Object> c = new LinkedHashMap<>();
        c.put("email", email);
        c.put("firstName", "Marie");
        c.put("lastName", lastName);
        c.put("addresses", List.of(Map.of("address1", "1 rue Pierre et Marie Curie", "city", "Paris", "zip", "75005",
                "countryCode", "FR")));
        c.put("metafields[key=erp_customer_code].value", erpCode);
        return session.write("shopify.customer", List.of(new WriteRequest(erpCode, null, c))).getFirst();
    }

    @Override
    protected void seedOrders(int count) {
        if (shop.products().isEmpty()) {
            session.write("shopify.product", List.of(new WriteRequest("DEMO", null, product("DEMO-1", "Article démo", "10.00"))));
        }
        shop.seedOrders(count);
    }

    @Override
    protected String orderEntity() {
        return "shopify.order";
    }

    @Override
    protected void writeBack(String orderId, String documentNumber, String trackingNumber) {
        assertThat(session.write("shopify.order", List.of(new WriteRequest("ERP-1", orderId, Map.of("closed", true,
                "metafields[key=erp_document_number].value", documentNumber))))).allMatch(WriteResult::succeeded);
        assertThat(session.write("shopify.fulfillment", List.of(new WriteRequest("ERP-1", null, Map.of("order_id", orderId,
                "tracking_number", trackingNumber, "tracking_company", "Colissimo"))))).allMatch(WriteResult::succeeded);
    }

    @Override
    protected long productsWithSku(String sku) {
        return shop.products().stream().filter(p -> ShopJson.list(p.get("variants")).stream()
                .anyMatch(v -> sku.equals(ShopJson.object(v).get("sku")))).count();
    }

    @Override
    protected String productName(String sku) {
        return String.valueOf(shop.productBySku(sku).orElseThrow().get("title"));
    }

    @Override
    protected boolean productActive(String sku) {
        return "ACTIVE".equals(shop.productBySku(sku).orElseThrow().get("status"));
    }

    @Override
    protected List<String> categoryNames(String categoryId) {
        return shop.collectionPath(categoryId);
    }

    @Override
    protected int categoryCount() {
        return shop.collections().size();
    }

    @Override
    protected long stockOf(String sku) {
        return shop.available(sku, "Entrepôt Lyon");
    }

    @Override
    protected String priceOf(String sku) {
        return String.valueOf(shop.variantBySku(sku).orElseThrow().get("price"));
    }

    @Override
    protected long customersWithEmail(String email) {
        return shop.customers().stream().filter(c -> email.equals(c.get("email"))).count();
    }

    @Override
    protected String customerErpCode(String email) {
        return metafield(shop.customers().stream().filter(c -> email.equals(c.get("email"))).findFirst().orElseThrow(),
                "erp_customer_code");
    }

    @Override
    protected void assertWrittenBack(String orderId, String documentNumber, String trackingNumber) {
        Map<String, @Nullable Object> order = shop.order(orderId).orElseThrow();
        assertThat(order.get("closed")).isEqualTo(true);
        assertThat(metafield(order, "erp_document_number")).isEqualTo(documentNumber);
        assertThat(order.get("displayFulfillmentStatus")).isEqualTo("FULFILLED");
        assertThat(ShopJson.list(order.get("fulfillments"))).anySatisfy(f -> assertThat(
                ShopJson.object(ShopJson.list(ShopJson.object(f).get("trackingInfo")).getFirst()).get("number")).isEqualTo(trackingNumber));
    }

    @Override
    protected void assertOrderShape(CanonicalRecord order) {
        Map<String, @Nullable Object> total = ShopJson.object(ShopJson.object(order.get("totalPriceSet")).get("shopMoney"));
        assertThat(new BigDecimal(String.valueOf(total.get("amount")))).isPositive();
        assertThat(ShopJson.list(order.get("lineItems"))).isNotEmpty();
        assertThat(ShopJson.object(ShopJson.list(order.get("lineItems")).getFirst()).get("sku")).isEqualTo("DEMO-1");
        assertThat(ShopJson.object(order.get("billingAddress")).get("city")).isEqualTo("Lyon");
        assertThat(ShopJson.list(order.get("paymentGatewayNames"))).isNotEmpty();
        assertThat(ShopJson.list(order.get("taxLines"))).isNotEmpty();
        assertThat(order.modifiedAt()).isNotNull();
    }

    private static String metafield(Map<String, @Nullable Object> owner, String key) {
        return ShopJson.list(owner.get("metafields")).stream().map(ShopJson::object).filter(m -> key.equals(m.get("key")))
                .map(m -> String.valueOf(m.get("value"))).findFirst().orElse("");
    }

    // ---- Shopify specifics ----

    @Test
    void pacesItselfOnTheCostBucketSoNothingIsThrottled() {
        shop.bucket(300, 100);
        List<WriteRequest> batch = IntStream.range(0, 30).mapToObj(i -> new WriteRequest("P" + i, null,
                product("P" + i, "Produit " + i, "2.00"))).toList();

        List<WriteResult> results = session.write("shopify.product", batch);

        assertThat(results).allMatch(WriteResult::succeeded);
        assertThat(shop.throttledCount()).isZero();
    }

    @Test
    void noThrottledErrorReachesTheFlowWhenTheBucketRunsDry() {
        shop.bucket(200, 100);
        session.read("shopify.location", ReadRequest.all(10)); // the connector now believes the bucket is full
        shop.drainBucketTo(0); // ... and another app empties it
        List<WriteRequest> batch = IntStream.range(0, 10).mapToObj(i -> new WriteRequest("D" + i, null,
                product("D" + i, "Produit " + i, "2.00"))).toList();

        List<WriteResult> results = session.write("shopify.product", batch);

        assertThat(results).allMatch(WriteResult::succeeded);
        assertThat(shop.throttledCount()).isPositive(); // it was refused, waited, and went through
    }

    @Test
    void readsTheWholeCatalogueThroughABulkOperation() {
        session.write("shopify.product", List.of(new WriteRequest("V", null, Map.of("title", "Veste", "variants", List.of(
                Map.of("optionValues", List.of(Map.of("optionName", "Taille", "name", "M")), "sku", "V-M", "price", "90.00"),
                Map.of("optionValues", List.of(Map.of("optionName", "Taille", "name", "L")), "sku", "V-L", "price", "90.00"))))));
        session.write("shopify.product", List.of(new WriteRequest("B", null, product("B-1", "Bonnet", "12.00"))));

        Page page = session.read("shopify.product", ReadRequest.all(5000));

        assertThat(page.records()).hasSize(2);
        assertThat(page.last()).isTrue();
        CanonicalRecord veste = page.records().stream().filter(r -> "Veste".equals(r.get("title"))).findFirst().orElseThrow();
        assertThat(ShopJson.list(veste.get("variants"))).extracting(v -> ShopJson.object(v).get("sku")).containsExactly("V-M", "V-L");
    }

    @Test
    void keepsStockPerLocation() {
        session.write("shopify.product", List.of(new WriteRequest("L1", null, product("L1", "Lampe", "30.00"))));

        session.write("shopify.stock", List.of(new WriteRequest("L1a", null, Map.of("sku", "L1", "quantity", 4, "location", "Entrepôt Lyon")),
                new WriteRequest("L1b", null, Map.of("sku", "L1", "quantity", 9, "location", "Boutique Paris"))));

        assertThat(shop.available("L1", "Entrepôt Lyon")).isEqualTo(4);
        assertThat(shop.available("L1", "Boutique Paris")).isEqualTo(9);
    }

    @Test
    void aStockRecordForAnUnknownSkuFailsAloneInTheBatch() {
        session.write("shopify.product", List.of(new WriteRequest("K1", null, product("K1", "Kit", "3.00"))));

        List<WriteResult> results = session.write("shopify.stock", List.of(
                new WriteRequest("K1", null, Map.of("sku", "K1", "quantity", 3)),
                new WriteRequest("NOPE", null, Map.of("sku", "NOPE", "quantity", 3))));

        assertThat(results).extracting(WriteResult::succeeded).containsExactly(true, false);
        assertThat(shop.available("K1", "Entrepôt Lyon")).isEqualTo(3);
    }

    @Test
    @org.junit.jupiter.api.DisplayName("Issue 11 defect: an order of 23 lines is read whole (its lineItems paged), with "
            + "discount allocations, shipping discounts and presentment amounts")
    void anOrderWithMoreLinesThanAPageIsReadWhole() {
        List<Map<String, @Nullable Object>> lines = new java.util.ArrayList<>();
        for (int i = 1; i <= 23; i++) {
            Map<String, @Nullable Object> line = new LinkedHashMap<>();
            line.put("sku", "L" + i);
            line.put("name", "Ligne " + i);
            line.put("quantity", BigDecimal.ONE);
            line.put("originalUnitPriceSet", money("10.00", "10.50"));
            line.put("discountedUnitPriceSet", money("9.00", "9.45"));
            line.put("discountAllocations", List.of(Map.of("allocatedAmountSet", money("1.00", "1.05"))));
            line.put("taxLines", List.of(Map.of("title", "TVA", "ratePercentage", new BigDecimal("20"), "priceSet",
                    money("1.80", "1.89"))));
            lines.add(line);
        }
        Map<String, @Nullable Object> order = new LinkedHashMap<>();
        String now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        order.put("createdAt", now);
        order.put("updatedAt", now);
        order.put("email", "l@example.fr");
        order.put("currencyCode", "EUR");
        order.put("presentmentCurrencyCode", "CHF");
        order.put("displayFinancialStatus", "PAID");
        order.put("lineItems", lines);
        order.put("shippingLines", List.of(Map.of("title", "Colissimo", "code", "colissimo", "originalPriceSet",
                money("6.90", "7.25"), "discountedPriceSet", money("0.00", "0.00"), "discountAllocations",
                List.of(Map.of("allocatedAmountSet", money("6.90", "7.25"))), "taxLines", List.of())));
        order.put("totalPriceSet", money("207.00", "217.35"));
        order.put("transactions", List.of());
        shop.insertOrder(order);

        CanonicalRecord read = session.read("shopify.order", ReadRequest.all(10)).records().stream()
                .filter(r -> "l@example.fr".equals(r.get("email"))).findFirst().orElseThrow();

        List<Object> items = ShopJson.list(read.get("lineItems"));
        assertThat(items).hasSize(23);
        Map<String, @Nullable Object> last = ShopJson.object(items.getLast());
        assertThat(last.get("sku")).isEqualTo("L23");
        Map<String, @Nullable Object> allocation = ShopJson.object(ShopJson.list(last.get("discountAllocations")).getFirst());
        assertThat(ShopJson.object(ShopJson.object(allocation.get("allocatedAmountSet")).get("presentmentMoney"))
                .get("amount")).isEqualTo("1.05");
        Map<String, @Nullable Object> shipping = ShopJson.object(ShopJson.list(read.get("shippingLines")).getFirst());
        assertThat(ShopJson.object(ShopJson.object(shipping.get("discountedPriceSet")).get("shopMoney")).get("amount"))
                .isEqualTo("0.00");
        assertThat(read.get("presentmentCurrencyCode")).isEqualTo("CHF");
    }

    private static Map<String, @Nullable Object> money(String shop, String presentment) {
        return Map.of("shopMoney", Map.of("amount", shop, "currencyCode", "EUR"), "presentmentMoney",
                Map.of("amount", presentment, "currencyCode", "CHF"));
    }

    @Test
    void readsOrdersChangedSinceTheWatermarkPaymentsAndProspects() {
        seedOrders(3);
        java.time.Instant watermark = java.time.Instant.now().plusSeconds(2);
        List<String> newer = shop.seedOrders(2); // updated a second apart, the last one now
        session.write("shopify.customer", List.of(new WriteRequest("P", null, Map.of("email", "prospect@example.fr"))));

        // the reader may shrink a page to keep its query under Shopify's cost cap: read every page, as the engine does
        List<CanonicalRecord> changed = readAll("shopify.order", new ReadRequest(null, watermark.minusSeconds(3), 50, null, List.of()));
        List<CanonicalRecord> payments = readAll("shopify.payment", ReadRequest.all(50));
        List<CanonicalRecord> prospects = readAll("shopify.prospect", ReadRequest.all(50));

        assertThat(changed).extracting(CanonicalRecord::key).contains(newer.getLast());
        assertThat(changed.size()).isLessThan(5);
        assertThat(payments).hasSize(5).allSatisfy(p -> assertThat(p.get("gateway")).isNotNull());
        assertThat(prospects).extracting(r -> r.get("email")).containsExactly("prospect@example.fr");
    }

    private List<CanonicalRecord> readAll(String entity, ReadRequest first) {
        List<CanonicalRecord> all = new java.util.ArrayList<>();
        ReadRequest request = first;
        Page page;
        do {
            page = session.read(entity, request);
            all.addAll(page.records());
            request = request.next(page.nextCursor());
        } while (!page.last());
        return all;
    }

    // ---- stock compare-and-set (STK-1, STK-3, STK-4) ----

    private static final String LYON = "Entrepôt Lyon";

    private static WriteRequest stock(String sku, int quantity) {
        return new WriteRequest(sku, null, Map.of("sku", sku, "quantity", quantity, "location", LYON));
    }

    @Test
    void writesStockWithTheQuantityItReadAsCompareValue() {
        session.write("shopify.product", List.of(new WriteRequest("C1", null, product("C1", "Cahier", "3.00"))));
        shop.setAvailable("C1", LYON, 5);
        long compared = shop.comparedQuantities();

        List<WriteResult> results = session.write("shopify.stock", List.of(stock("C1", 8)));

        assertThat(results).allMatch(WriteResult::succeeded);
        assertThat(shop.available("C1", LYON)).isEqualTo(8);
        assertThat(shop.comparedQuantities() - compared).as("quantities written compare-and-set").isEqualTo(1);
    }

    @Test
    void aSaleBetweenReadAndWriteIsReadAgainThenTheErpQuantityWritten() {
        session.write("shopify.product", List.of(new WriteRequest("C2", null, product("C2", "Crayon", "1.00"))));
        session.write("shopify.product", List.of(new WriteRequest("C3", null, product("C3", "Gomme", "1.00"))));
        shop.setAvailable("C2", LYON, 5);
        shop.setAvailable("C3", LYON, 4);
        shop.sellBeforeNextStockWrites("C2", LYON, 2, 1); // 5 -> 3 after our read, before our write
        long compared = shop.comparedQuantities();

        List<WriteResult> results = session.write("shopify.stock", List.of(stock("C2", 8), stock("C3", 6)));

        assertThat(results).allMatch(WriteResult::succeeded);
        assertThat(shop.available("C2", LYON)).isEqualTo(8);
        assertThat(shop.available("C3", LYON)).isEqualTo(6);
        // the first write was refused whole (2 quantities checked), the second went with the fresh value
        assertThat(shop.comparedQuantities() - compared).isEqualTo(4);
    }

    @Test
    void aQuantityStaleTwiceFailsRetryableAndKeepsTheShopsSales() {
        session.write("shopify.product", List.of(new WriteRequest("C4", null, product("C4", "Classeur", "4.00"))));
        session.write("shopify.product", List.of(new WriteRequest("C5", null, product("C5", "Agrafeuse", "9.00"))));
        shop.setAvailable("C4", LYON, 5);
        shop.setAvailable("C5", LYON, 2);
        shop.sellBeforeNextStockWrites("C4", LYON, 1, 2); // a sale before each of our two attempts

        List<WriteResult> results = session.write("shopify.stock", List.of(stock("C4", 8), stock("C5", 7)));

        WriteResult stale = results.getFirst();
        assertThat(stale.succeeded()).isFalse();
        assertThat(stale.retryable()).isTrue();
        assertThat(stale.error()).contains("CHANGE_FROM_QUANTITY_STALE").contains("C4").contains("changed");
        assertThat(shop.available("C4", LYON)).as("the two sales stay, not overwritten blindly").isEqualTo(3);
        assertThat(results.get(1).succeeded()).isTrue();
        assertThat(shop.available("C5", LYON)).isEqualTo(7);
    }

    @Test
    void beforeApi202604TheCompareValueIsCompareQuantity() {
        session.write("shopify.product", List.of(new WriteRequest("C6", null, product("C6", "Règle", "2.00"))));
        shop.setAvailable("C6", LYON, 5);
        shop.sellBeforeNextStockWrites("C6", LYON, 1, 2);
        ShopSession older = new ShopifyConnector().open(new ConnectionSettings(server.baseUrl("shopify"),
                Map.of("accessToken", ShopifySandbox.DEFAULT_TOKEN), Map.of("apiVersion", "2026-01")));

        WriteResult stale = older.write("shopify.stock", List.of(stock("C6", 8))).getFirst();
        WriteResult after = older.write("shopify.stock", List.of(stock("C6", 8))).getFirst();

        assertThat(stale.error()).contains("COMPARE_QUANTITY_STALE");
        assertThat(after.succeeded()).isTrue();
        assertThat(shop.available("C6", LYON)).isEqualTo(8);
    }
}
