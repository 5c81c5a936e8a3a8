package fr.passerelle.connector.shop.woocommerce;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.FileContent;
import fr.passerelle.connector.Page;
import fr.passerelle.connector.ReadRequest;
import fr.passerelle.connector.WriteRequest;
import fr.passerelle.connector.WriteResult;
import fr.passerelle.connector.shop.ShopConnectorContractTest;
import fr.passerelle.sandbox.SandboxApp;
import fr.passerelle.sandbox.shop.ShopJson;
import fr.passerelle.sandbox.shop.woocommerce.WooCommerceSandbox;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class WooCommerceContractIT extends ShopConnectorContractTest {

    private WooCommerceSandbox shop;

    @Override
    protected SandboxApp newSandbox() {
        shop = new WooCommerceSandbox();
        return shop;
    }

    @Override
    protected ConnectionSettings settings(String baseUrl) {
        return new ConnectionSettings(baseUrl, Map.of("consumerKey", WooCommerceSandbox.DEFAULT_KEY,
                "consumerSecret", WooCommerceSandbox.DEFAULT_SECRET),
                Map.of("retry.baseDelayMillis", "20", "retry.maxDelayMillis", "100"));
    }

    @Override
    protected String connectorId() {
        return "woocommerce";
    }

    @Override
    protected String productEntity() {
        return "woocommerce.product";
    }

    @Override
    protected Map<String, @Nullable Object> product(String sku, String name, String price) {
        Map<String, @Nullable Object> p = new LinkedHashMap<>();
        p.put("sku", sku);
        p.put("name", name);
        p.put("type", "simple");
        p.put("status", "publish");
        p.put("regular_price", price);
        p.put("meta_data[key=_yoast_wpseo_title].value", name + " | Boutique");
        return p;
    }

    /** Repeats the SKU of the batch's first record: WooCommerce refuses it (product_invalid_sku). */
    @Override
    protected Map<String, @Nullable Object> invalidProduct(String sku) {
        return product("K0", "Doublon", "1.00");
    }

    @Override
    protected Map<String, @Nullable Object> deactivated(String sku) {
        return Map.of("sku", sku, "status", "draft");
    }

    @Override
    protected List<String> writeProductWithVariants(String sku, List<String> sizes) {
        Map<String, @Nullable Object> parent = product(sku, "T-shirt", "15.00");
        parent.put("type", "variable");
        parent.put("attributes", List.of(Map.of("name", "Taille", "variation", true, "visible", true, "options", sizes)));
        String parentId = session.write("woocommerce.product", List.of(new WriteRequest(sku, null, parent))).getFirst().targetId();
        List<WriteRequest> variants = new ArrayList<>();
        for (String size : sizes) {
            variants.add(new WriteRequest(sku + "-" + size, null, Map.of("parent_id", parentId, "sku", sku + "-" + size,
                    "regular_price", "15.00", "attributes", List.of(Map.of("name", "Taille", "option", size)))));
        }
        List<WriteResult> results = session.write("woocommerce.variation", variants);
        assertThat(results).allMatch(WriteResult::succeeded);
        return shop.variations(Long.parseLong(Objects.requireNonNull(parentId))).stream()
                .map(v -> String.valueOf(v.get("sku"))).toList();
    }

    @Override
    protected String writeCategoryPath(List<String> levels) {
        WriteResult result = session.write("woocommerce.category", List.of(new WriteRequest(String.join("/", levels), null,
                Map.of("path", String.join(" > ", levels))))).getFirst();
        assertThat(result.succeeded()).as(String.valueOf(result.error())).isTrue();
        return Objects.requireNonNull(result.targetId());
    }

    @Override
    protected void writeStock(String sku, int quantity) {
        assertThat(session.write("woocommerce.stock", List.of(new WriteRequest(sku, null,
                Map.of("sku", sku, "manage_stock", true, "stock_quantity", quantity))))).allMatch(WriteResult::succeeded);
    }

    @Override
    protected void writePrice(String sku, String price) {
        assertThat(session.write("woocommerce.price", List.of(new WriteRequest(sku, null,
                Map.of("sku", sku, "regular_price", price, "tax_class", "reduced-rate")))))
                .allMatch(WriteResult::succeeded);
    }

    @Override
    protected WriteResult writeCustomer(String email, String lastName, String erpCode) {
        Map<String, @Nullable Object> c = new LinkedHashMap<>();
        c.put("email", email);
        c.put("first_name", "Marie");
        c.put("last_name", lastName);
        c.put("billing.address_1", "1 rue Pierre et Marie Curie");
        c.put("billing.city", "Paris");
        c.put("billing.postcode", "75005");
        c.put("billing.country", "FR");
        c.put("meta_data[key=erp_customer_code].value", erpCode);
        return session.write("woocommerce.customer", List.of(new WriteRequest(erpCode, null, c))).getFirst();
    }

    @Override
    protected void seedOrders(int count) {
        shop.seedOrders(count);
    }

    @Override
    protected String orderEntity() {
        return "woocommerce.order";
    }

    @Override
    protected void writeBack(String orderId, String documentNumber, String trackingNumber) {
        assertThat(session.write("woocommerce.order", List.of(new WriteRequest("ERP-1", orderId, Map.of("status", "completed",
                "meta_data[key=_erp_document_number].value", documentNumber))))).allMatch(WriteResult::succeeded);
        assertThat(session.write("woocommerce.order_note", List.of(new WriteRequest("ERP-1", null, Map.of("order_id", orderId,
                "note", "Facture " + documentNumber, "customer_note", true))))).allMatch(WriteResult::succeeded);
        assertThat(session.write("woocommerce.shipment_tracking", List.of(new WriteRequest("ERP-1", null, Map.of(
                "order_id", orderId, "tracking_provider", "Colissimo", "tracking_number", trackingNumber)))))
                .allMatch(WriteResult::succeeded);
    }

    @Override
    protected long productsWithSku(String sku) {
        return shop.products().stream().filter(p -> sku.equals(p.get("sku"))).count();
    }

    @Override
    protected String productName(String sku) {
        return String.valueOf(shop.productBySku(sku).orElseThrow().get("name"));
    }

    @Override
    protected boolean productActive(String sku) {
        return "publish".equals(shop.productBySku(sku).orElseThrow().get("status"));
    }

    @Override
    protected List<String> categoryNames(String categoryId) {
        return shop.categoryPath(Long.parseLong(categoryId));
    }

    @Override
    protected int categoryCount() {
        return shop.categories().size();
    }

    @Override
    protected long stockOf(String sku) {
        return ((BigDecimal) Objects.requireNonNull(shop.productBySku(sku).orElseThrow().get("stock_quantity"))).longValue();
    }

    @Override
    protected String priceOf(String sku) {
        return String.valueOf(shop.productBySku(sku).orElseThrow().get("regular_price"));
    }

    @Override
    protected long customersWithEmail(String email) {
        return shop.customers().stream().filter(c -> email.equals(c.get("email"))).count();
    }

    @Override
    protected String customerErpCode(String email) {
        Map<String, @Nullable Object> customer = shop.customers().stream().filter(c -> email.equals(c.get("email"))).findFirst().orElseThrow();
        return meta(customer, "erp_customer_code");
    }

    @Override
    protected void assertWrittenBack(String orderId, String documentNumber, String trackingNumber) {
        Map<String, @Nullable Object> order = shop.order(Long.parseLong(orderId)).orElseThrow();
        assertThat(order.get("status")).isEqualTo("completed");
        assertThat(meta(order, "_erp_document_number")).isEqualTo(documentNumber);
        assertThat(shop.notes(Long.parseLong(orderId))).anyMatch(n -> String.valueOf(n.get("note")).contains(documentNumber)
                && Boolean.TRUE.equals(n.get("customer_note")));
        assertThat(shop.trackings(Long.parseLong(orderId))).anyMatch(t -> trackingNumber.equals(t.get("tracking_number")));
    }

    @Override
    protected void assertOrderShape(CanonicalRecord order) {
        assertThat(order.get("total")).isInstanceOf(String.class);
        assertThat(new BigDecimal((String) Objects.requireNonNull(order.get("total")))).isPositive();
        assertThat(ShopJson.list(order.get("line_items"))).isNotEmpty();
        assertThat(ShopJson.object(order.get("billing")).get("email")).asString().contains("@");
        assertThat(order.get("payment_method")).isNotNull();
        assertThat(ShopJson.list(order.get("tax_lines"))).isNotEmpty();
        assertThat(order.modifiedAt()).isNotNull();
    }

    private static String meta(Map<String, @Nullable Object> record, String key) {
        return ShopJson.list(record.get("meta_data")).stream().map(ShopJson::object)
                .filter(m -> key.equals(m.get("key"))).map(m -> String.valueOf(m.get("value"))).findFirst().orElse("");
    }

    // ---- WooCommerce specifics ----

    @Test
    void writesYoastAndBrandPluginFieldsAndCategoryPathsOnAProduct() {
        Map<String, @Nullable Object> p = product("Y1", "Chaise", "80.00");
        p.put("meta_data[key=_yoast_wpseo_metadesc].value", "Chaise en chêne");
        p.put("brand_names", List.of("Ligne Roset"));
        p.put("category_paths", List.of("Maison > Salon > Chaises"));
        p.put("image_urls", List.of("https://res.cloudinary.com/demo/chaise.jpg", "https://res.cloudinary.com/demo/chaise-dos.jpg"));

        assertThat(session.write("woocommerce.product", List.of(new WriteRequest("Y1", null, p)))).allMatch(WriteResult::succeeded);

        Map<String, @Nullable Object> stored = shop.productBySku("Y1").orElseThrow();
        assertThat(meta(stored, "_yoast_wpseo_title")).isEqualTo("Chaise | Boutique");
        assertThat(meta(stored, "_yoast_wpseo_metadesc")).isEqualTo("Chaise en chêne");
        assertThat(ShopJson.list(stored.get("brands"))).hasSize(1);
        assertThat(ShopJson.list(stored.get("images"))).extracting(i -> ShopJson.object(i).get("src"))
                .containsExactly("https://res.cloudinary.com/demo/chaise.jpg", "https://res.cloudinary.com/demo/chaise-dos.jpg");
        Map<String, @Nullable Object> category = ShopJson.object(ShopJson.list(stored.get("categories")).getFirst());
        assertThat(shop.categoryPath(((BigDecimal) Objects.requireNonNull(category.get("id"))).longValue()))
                .containsExactly("Maison", "Salon", "Chaises");
    }

    @Test
    void updatesTheStockOfAVariationFoundBySkuAlone() {
        writeProductWithVariants("V1", List.of("S", "M"));

        List<WriteResult> results = session.write("woocommerce.stock", List.of(new WriteRequest("V1-M", null,
                Map.of("sku", "V1-M", "manage_stock", true, "stock_quantity", 4))));

        assertThat(results).allMatch(WriteResult::succeeded);
        assertThat(stockOf("V1-M")).isEqualTo(4);
        assertThat(shop.productBySku("V1-M").orElseThrow().get("stock_status")).isEqualTo("instock");
    }

    @Test
    void stockAndPriceReadsReturnTheVariationsOfAVariableProductNotItsParent() {
        writeProductWithVariants("V2", List.of("S", "M"));
        writeStock("V2-M", 6);
        String parent = String.valueOf(shop.productBySku("V2").orElseThrow().get("id"));

        for (String entity : List.of("woocommerce.stock", "woocommerce.price")) {
            List<CanonicalRecord> records = session.read(entity, ReadRequest.all(100)).records();
            assertThat(records).extracting(r -> String.valueOf(r.fields().get("sku"))).contains("V2-S", "V2-M")
                    .doesNotContain("V2");
            assertThat(records).filteredOn(r -> "V2-M".equals(r.fields().get("sku"))).singleElement().satisfies(r -> {
                assertThat(r.key()).isEqualTo(parent + "/" + shop.productBySku("V2-M").orElseThrow().get("id"));
                if (entity.equals("woocommerce.stock")) {
                    assertThat(new BigDecimal(String.valueOf(r.fields().get("stock_quantity")))).isEqualByComparingTo("6");
                }
            });
        }
        // the id a stock run keeps for a variation ("<parent>/<variation>") writes it again without a look-up
        String id = session.findIds("woocommerce.stock", "sku", List.of("V2-S")).get("V2-S");
        assertThat(id).startsWith(parent + "/");
        server.host().log("woocommerce").clear();
        assertThat(session.write("woocommerce.stock", List.of(new WriteRequest("V2-S", id,
                Map.of("sku", "V2-S", "manage_stock", true, "stock_quantity", 3))))).singleElement()
                .satisfies(r -> assertThat(r.targetId()).isEqualTo(id));
        assertThat(server.host().log("woocommerce").total()).as("one batch call, no look-up").isEqualTo(1);
        assertThat(stockOf("V2-S")).isEqualTo(3);
    }

    @Test
    void aVariableProductsVariationsAreLookedUpTogetherAndOnlyTheChangedOnesAreSent() {
        Map<String, @Nullable Object> parent = new LinkedHashMap<>(Map.of("sku", "V3", "name", "Pull", "type", "variable",
                "attributes", List.of(Map.of("name", "Taille", "variation", true, "visible", true,
                        "options", List.of("S", "M", "L")))));
        List<Map<String, Object>> variations = new ArrayList<>();
        for (String size : List.of("S", "M", "L")) {
            variations.add(new LinkedHashMap<>(Map.of("sku", "V3-" + size, "regular_price", "20.00", "status", "publish",
                    "attributes", List.of(Map.of("name", "Taille", "option", size)))));
        }
        parent.put("variations", variations);
        WriteResult created = session.write("woocommerce.product", List.of(new WriteRequest("V3", null, parent))).getFirst();
        assertThat(created.succeeded()).as(String.valueOf(created.error())).isTrue();
        long id = Long.parseLong(Objects.requireNonNull(created.targetId()));
        assertThat(shop.variations(id)).extracting(v -> v.get("sku")).containsExactlyInAnyOrder("V3-S", "V3-M", "V3-L");

        // M's price changes, L leaves the ERP: one look-up, one variations batch, the parent untouched
        variations.get(1).put("regular_price", "25.00");
        variations.remove(2);
        server.host().log("woocommerce").clear();
        WriteResult updated = session.write("woocommerce.product", List.of(new WriteRequest("V3", created.targetId(),
                parent))).getFirst();

        assertThat(updated.succeeded()).as(String.valueOf(updated.error())).isTrue();
        assertThat(server.host().log("woocommerce").entries())
                .extracting(e -> e.method() + " " + e.path().substring(e.path().indexOf("wc/v3/")))
                .containsExactly("GET wc/v3/products", "POST wc/v3/products/" + id + "/variations/batch");
        assertThat(shop.variations(id)).extracting(v -> v.get("sku") + "=" + v.get("regular_price"))
                .containsExactlyInAnyOrder("V3-S=20.00", "V3-M=25.00");
    }

    @Test
    void readsOnlyOrdersChangedSinceTheWatermark() {
        List<Long> ids = shop.seedOrders(5);
        Instant watermark = Instant.now().plusSeconds(1);
        try {
            Thread.sleep(2100); // the shop's dates have second precision
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        session.write("woocommerce.order", List.of(new WriteRequest("o", String.valueOf(ids.get(2)), Map.of("status", "completed"))));

        Page page = session.read("woocommerce.order", new ReadRequest(null, watermark, 50, null, List.of()));

        assertThat(page.records()).extracting(CanonicalRecord::key).containsExactly(String.valueOf(ids.get(2)));
    }

    @Test
    void readsCustomersChangedSinceTheWatermarkThoughTheEndpointCannotFilterThem() {
        session.write("woocommerce.customer", List.of(new WriteRequest("a", null, Map.of("email", "old@example.fr"))));
        Instant watermark = Instant.now().plusSeconds(1);
        try {
            Thread.sleep(2100); // the shop's dates have second precision
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        session.write("woocommerce.customer", List.of(new WriteRequest("b", null, Map.of("email", "new@example.fr"))));

        List<CanonicalRecord> changed = session.read("woocommerce.customer", new ReadRequest(null, watermark, 50, null, List.of())).records();

        assertThat(changed).extracting(r -> r.get("email")).containsExactly("new@example.fr");
        assertThat(log().entries().getLast().query()).doesNotContain("modified_after");
    }

    @Test
    void readsPaymentsAndProspects() {
        shop.seedOrders(4);
        session.write("woocommerce.customer", List.of(new WriteRequest("P", null, Map.of("email", "prospect@example.fr"))));

        List<CanonicalRecord> payments = session.read("woocommerce.payment", ReadRequest.all(50)).records();
        List<CanonicalRecord> prospects = session.read("woocommerce.prospect", ReadRequest.all(50)).records();

        assertThat(payments).isNotEmpty().allSatisfy(p -> assertThat(p.get("payment_method")).isNotNull());
        assertThat(prospects).extracting(r -> r.get("email")).contains("prospect@example.fr");
    }

    @Test
    void sendsTheInvoicePdfAsALinkInACustomerNote() {
        String orderId = String.valueOf(shop.seedOrders(1).getFirst());

        WriteResult result = session.attachFile("woocommerce.order", orderId,
                new FileContent("FA-42.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));

        assertThat(result.succeeded()).isTrue();
        assertThat(shop.notes(Long.parseLong(orderId))).anyMatch(n -> String.valueOf(n.get("note")).contains("FA-42.pdf"));
        assertThat(meta(shop.order(Long.parseLong(orderId)).orElseThrow(), "_erp_invoice_url")).endsWith("FA-42.pdf");
    }

    @Test
    void refusesWrongCredentialsWithWooCommercesMessage() {
        var wrong = new WooCommerceConnector().open(new ConnectionSettings(server.baseUrl("woocommerce"),
                Map.of("consumerKey", "ck_wrong", "consumerSecret", "cs_wrong"), Map.of()));

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> wrong.read("woocommerce.product", ReadRequest.all(10))))
                .hasMessageContaining("woocommerce_rest_authentication_error").hasMessageContaining("HTTP 401");
    }

    @Test
    void writesGroupsAndGroupPrices() {
        session.write("woocommerce.product", List.of(new WriteRequest("G1", null, product("G1", "Lot", "9.00"))));

        List<WriteResult> groups = session.write("woocommerce.customer_group", List.of(new WriteRequest("REV", null,
                Map.of("name", "Revendeurs"))));
        List<WriteResult> prices = session.write("woocommerce.price", List.of(new WriteRequest("G1", null, Map.of("sku", "G1",
                "meta_data[key=_wdm_csp_group_prices].value", "Revendeurs=7.50"))));

        assertThat(groups).allMatch(WriteResult::succeeded);
        assertThat(prices).allMatch(WriteResult::succeeded);
        assertThat(shop.groups()).extracting(g -> g.get("name")).containsExactly("Revendeurs");
        assertThat(meta(shop.productBySku("G1").orElseThrow(), "_wdm_csp_group_prices")).contains("7.50");
    }
}
