package fr.passerelle.connector.shop.prestashop;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.Page;
import fr.passerelle.connector.ReadRequest;
import fr.passerelle.connector.WriteRequest;
import fr.passerelle.connector.WriteResult;
import fr.passerelle.connector.shop.ShopConnectorContractTest;
import fr.passerelle.sandbox.SandboxApp;
import fr.passerelle.sandbox.shop.prestashop.PrestaShopSandbox;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PrestaShopContractIT extends ShopConnectorContractTest {

    private PrestaShopSandbox shop;

    @Override
    protected SandboxApp newSandbox() {
        shop = new PrestaShopSandbox();
        return shop;
    }

    @Override
    protected ConnectionSettings settings(String baseUrl) {
        return new ConnectionSettings(baseUrl, Map.of("key", PrestaShopSandbox.DEFAULT_KEY),
                Map.of("retry.baseDelayMillis", "20", "retry.maxDelayMillis", "100", "languages", "1,2"));
    }

    @Override
    protected String connectorId() {
        return "prestashop";
    }

    @Override
    protected String productEntity() {
        return "prestashop.product";
    }

    @Override
    protected Map<String, @Nullable Object> product(String sku, String name, String price) {
        Map<String, @Nullable Object> p = new LinkedHashMap<>();
        p.put("reference", sku);
        p.put("name", name);
        p.put("price", price);
        p.put("active", "1");
        p.put("meta_title", name + " | Boutique");
        return p;
    }

    /** A price that is not a number: the webservice answers a validation error. */
    @Override
    protected Map<String, @Nullable Object> invalidProduct(String sku) {
        return product(sku, "Prix faux", "douze");
    }

    @Override
    protected Map<String, @Nullable Object> deactivated(String sku) {
        return Map.of("reference", sku, "active", "0");
    }

    @Override
    protected List<String> writeProductWithVariants(String sku, List<String> sizes) {
        assertThat(session.write("prestashop.product", List.of(new WriteRequest(sku, null, product(sku, "T-shirt", "15.00")))))
                .allMatch(WriteResult::succeeded);
        List<WriteRequest> combinations = sizes.stream().map(size -> new WriteRequest(sku + "-" + size, null,
                Map.<String, @Nullable Object>of("product_reference", sku, "reference", sku + "-" + size, "price", "0",
                        "options", Map.of("Taille", size)))).toList();
        assertThat(session.write("prestashop.combination", combinations)).allMatch(WriteResult::succeeded);
        String productId = String.valueOf(shop.productByReference(sku).orElseThrow().get("id"));
        return shop.records("combinations").stream().filter(c -> productId.equals(c.get("id_product")))
                .map(c -> String.valueOf(c.get("reference"))).toList();
    }

    @Override
    protected String writeCategoryPath(List<String> levels) {
        WriteResult result = session.write("prestashop.category", List.of(new WriteRequest("cat", null,
                Map.of("path", String.join(" > ", levels))))).getFirst();
        assertThat(result.succeeded()).as(String.valueOf(result.error())).isTrue();
        return Objects.requireNonNull(result.targetId());
    }

    @Override
    protected void writeStock(String sku, int quantity) {
        assertThat(session.write("prestashop.stock", List.of(new WriteRequest(sku, null,
                Map.of("reference", sku, "quantity", quantity))))).allMatch(WriteResult::succeeded);
    }

    @Override
    protected void writePrice(String sku, String price) {
        assertThat(session.write("prestashop.price", List.of(new WriteRequest(sku, null,
                Map.of("reference", sku, "price", price, "wholesale_price", "6.10"))))).allMatch(WriteResult::succeeded);
    }

    @Override
    protected WriteResult writeCustomer(String email, String lastName, String erpCode) {
        return session.write("prestashop.customer", List.of(new WriteRequest(erpCode, null, Map.of("email", email,
                "firstname", "Marie", "lastname", lastName, "note", erpCode, "company", "Curie SARL", "group_ids", List.of("3")))))
                .getFirst();
    }

    @Override
    protected void seedOrders(int count) {
        shop.seedOrders(count);
    }

    @Override
    protected String orderEntity() {
        return "prestashop.order";
    }

    @Override
    protected void writeBack(String orderId, String documentNumber, String trackingNumber) {
        assertThat(session.write("prestashop.order", List.of(new WriteRequest("ERP-1", orderId, Map.of("current_state", "4")))))
                .allMatch(WriteResult::succeeded);
        assertThat(session.write("prestashop.order_message", List.of(new WriteRequest("ERP-1", null, Map.of("id_order", orderId,
                "message", "Facture " + documentNumber, "private", "0"))))).allMatch(WriteResult::succeeded);
        assertThat(session.write("prestashop.order_carrier", List.of(new WriteRequest("ERP-1", null, Map.of("id_order", orderId,
                "tracking_number", trackingNumber))))).allMatch(WriteResult::succeeded);
    }

    @Override
    protected long productsWithSku(String sku) {
        return shop.records("products").stream().filter(p -> sku.equals(p.get("reference"))).count();
    }

    @SuppressWarnings("unchecked")
    @Override
    protected String productName(String sku) {
        return ((Map<String, String>) shop.productByReference(sku).orElseThrow().get("name")).get("1");
    }

    @Override
    protected boolean productActive(String sku) {
        return "1".equals(shop.productByReference(sku).orElseThrow().get("active"));
    }

    @Override
    protected List<String> categoryNames(String categoryId) {
        return shop.categoryPath(Long.parseLong(categoryId));
    }

    @Override
    protected int categoryCount() {
        return shop.records("categories").size();
    }

    @Override
    protected long stockOf(String sku) {
        return shop.quantity(sku);
    }

    @Override
    protected String priceOf(String sku) {
        return String.valueOf(shop.productByReference(sku).orElseThrow().get("price"));
    }

    @Override
    protected long customersWithEmail(String email) {
        return shop.records("customers").stream().filter(c -> email.equals(c.get("email"))).count();
    }

    @Override
    protected String customerErpCode(String email) {
        return shop.records("customers").stream().filter(c -> email.equals(c.get("email"))).map(c -> String.valueOf(c.get("note")))
                .findFirst().orElseThrow();
    }

    @Override
    protected void assertWrittenBack(String orderId, String documentNumber, String trackingNumber) {
        assertThat(shop.records("orders").stream().filter(o -> orderId.equals(o.get("id"))).findFirst().orElseThrow()
                .get("current_state")).isEqualTo("4");
        assertThat(shop.records("order_histories")).anyMatch(h -> orderId.equals(h.get("id_order")) && "4".equals(h.get("id_order_state")));
        assertThat(shop.records("messages")).anyMatch(m -> orderId.equals(m.get("id_order"))
                && String.valueOf(m.get("message")).contains(documentNumber));
        assertThat(shop.records("order_carriers")).anyMatch(c -> orderId.equals(c.get("id_order")) && trackingNumber.equals(c.get("tracking_number")));
    }

    @Override
    protected void assertOrderShape(CanonicalRecord order) {
        assertThat((BigDecimal) order.get("total_paid_tax_incl")).isPositive();
        assertThat(order.get("reference")).asString().isNotBlank();
        Map<?, ?> associations = (Map<?, ?>) Objects.requireNonNull(order.get("associations"));
        assertThat((List<?>) associations.get("order_rows")).isNotEmpty();
        assertThat(order.get("payment")).isNotNull();
        assertThat(order.modifiedAt()).isNotNull();
    }

    // ---- PrestaShop specifics ----

    @Test
    void writesMultilingualFieldsToEveryConfiguredLanguageAndKeepsThemOnUpdate() {
        session.write("prestashop.product", List.of(new WriteRequest("M1", null, Map.of("reference", "M1", "price", "5",
                "name", Map.of("1", "Bol", "2", "Bowl")))));
        session.write("prestashop.product", List.of(new WriteRequest("M1", null, Map.of("reference", "M1", "price", "6"))));

        @SuppressWarnings("unchecked")
        Map<String, String> name = (Map<String, String>) shop.productByReference("M1").orElseThrow().get("name");
        assertThat(name).containsEntry("1", "Bol").containsEntry("2", "Bowl");
        assertThat(shop.productByReference("M1").orElseThrow().get("price")).isEqualTo("6");
    }

    @Test
    void anUpdateKeepsEveryLanguageOfTheAvailabilityAndDeliveryTexts() {
        Map<String, Object> texts = Map.of("available_now", Map.of("1", "En stock", "2", "In stock"),
                "available_later", Map.of("1", "Sur commande", "2", "On order"),
                "delivery_in_stock", Map.of("1", "Livré en 48 h", "2", "Delivered in 2 days"),
                "delivery_out_stock", Map.of("1", "Livré en 10 jours", "2", "Delivered in 10 days"));
        Map<String, Object> created = new java.util.HashMap<>(Map.of("reference", "AV1", "price", "5", "name", "Bol"));
        created.putAll(texts);
        assertThat(session.write("prestashop.product", List.of(new WriteRequest("AV1", null, created))))
                .allMatch(WriteResult::succeeded);

        assertThat(session.write("prestashop.product", List.of(new WriteRequest("AV1", null,
                Map.of("reference", "AV1", "price", "6", "name", "Bol émaillé"))))).allMatch(WriteResult::succeeded);

        Map<String, Object> stored = shop.productByReference("AV1").orElseThrow();
        texts.forEach((field, byLanguage) -> assertThat(stored.get(field)).as(field).isEqualTo(byLanguage));
        assertThat(stored.get("price")).isEqualTo("6");
    }

    @Test
    void writesGroupAndCustomerSpecificPrices() {
        session.write("prestashop.product", List.of(new WriteRequest("SP", null, product("SP", "Seau", "10.00"))));
        writeCustomer("pro@example.fr", "Pro", "C9");

        List<WriteResult> results = session.write("prestashop.specific_price", List.of(
                new WriteRequest("SP-G", null, Map.of("reference", "SP", "id_group", "3", "price", "8.50")),
                new WriteRequest("SP-C", null, Map.of("reference", "SP", "customer_email", "pro@example.fr", "price", "7.90"))));

        assertThat(results).allMatch(WriteResult::succeeded);
        assertThat(shop.records("specific_prices")).extracting(p -> p.get("price")).containsExactly("8.50", "7.90");
    }

    @Test
    void readsOrdersSinceTheWatermarkAndPayments() {
        shop.seedOrders(3);
        java.time.Instant watermark = java.time.Instant.now().plusSeconds(1);
        try {
            Thread.sleep(2100); // dates have second precision
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String orderId = session.read("prestashop.order", ReadRequest.all(10)).records().get(1).key();
        session.write("prestashop.order", List.of(new WriteRequest("o", orderId, Map.of("current_state", "3"))));

        Page changed = session.read("prestashop.order", new ReadRequest(null, watermark, 50, null, List.of()));
        List<CanonicalRecord> payments = session.read("prestashop.payment", ReadRequest.all(50)).records();

        assertThat(changed.records()).extracting(CanonicalRecord::key).containsExactly(orderId);
        assertThat(payments).hasSize(3).allSatisfy(p -> assertThat((BigDecimal) p.get("amount")).isPositive());
    }

    @Test
    @org.junit.jupiter.api.DisplayName("Issue 11 defect: an order is read with its addresses, customer, payments and cart rules, "
            + "not only /api/orders")
    void readsAnOrderWithItsAddressesCustomerPaymentsAndCartRules() {
        String customer = writeCustomer("marie@example.fr", "Durand", "C1").targetId();
        String address = session.write("prestashop.address", List.of(new WriteRequest("a", null, Map.of("id_customer",
                customer, "id_country", "8", "alias", "Maison", "lastname", "Durand", "firstname", "Marie",
                "address1", "3 rue Vaugelas", "address2", "Bât. B", "postcode", "69002", "city", "Lyon")))).getFirst().targetId();
        assertThat(customer).isEqualTo("1");
        assertThat(address).isEqualTo("1");
        long orderId = shop.seedOrders(1).getFirst();
        shop.addCartRule(orderId, "BIENVENUE", "6.00", "5.00");

        CanonicalRecord order = session.read("prestashop.order", ReadRequest.all(10)).records().getFirst();

        assertThat(fr.passerelle.connector.http.Json.object(order.get("address_invoice")).get("city")).isEqualTo("Lyon");
        assertThat(fr.passerelle.connector.http.Json.object(order.get("address_delivery")).get("address2")).isEqualTo("Bât. B");
        Map<String, @Nullable Object> buyer = fr.passerelle.connector.http.Json.object(order.get("customer"));
        assertThat(buyer.get("email")).isEqualTo("marie@example.fr");
        assertThat(buyer).doesNotContainKey("passwd");
        assertThat(fr.passerelle.connector.http.Json.list(order.get("payments"))).hasSize(1);
        assertThat(fr.passerelle.connector.http.Json.list(order.get("cart_rules"))).singleElement()
                .satisfies(rule -> assertThat(fr.passerelle.connector.http.Json.object(rule).get("name")).isEqualTo("BIENVENUE"));
    }

    @Test
    void uploadsPhotosFromTheirUrlOnceOnly() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x0D, 0x0A, 0x2D, 0x2D, (byte) 0xD9};
        try (var cdn = fr.passerelle.sandbox.SandboxServer.start(0, new fr.passerelle.connector.shop.StubShop("cdn",
                r -> new fr.passerelle.sandbox.SandboxResponse(200, Map.of("Content-Type", List.of("image/jpeg")), jpeg)))) {
            Map<String, @Nullable Object> p = product("PH", "Photo", "9.00");
            p.put("image_urls", List.of(cdn.baseUrl("cdn") + "/face.jpg", cdn.baseUrl("cdn") + "/dos.jpg"));

            session.write("prestashop.product", List.of(new WriteRequest("PH", null, p)));
            session.write("prestashop.product", List.of(new WriteRequest("PH", null, p)));

            Map<?, ?> associations = (Map<?, ?>) shop.productByReference("PH").orElseThrow().get("associations");
            assertThat((List<?>) associations.get("images")).hasSize(2);
        }
    }

    @Test
    void prospectsAreTheCustomersWhoNeverOrdered() {
        writeCustomer("buyer@example.fr", "Acheteur", "C1"); // customer 1: the seeded orders are his
        writeCustomer("prospect@example.fr", "Curieux", "C2");
        shop.seedOrders(2);

        List<CanonicalRecord> prospects = session.read("prestashop.prospect", ReadRequest.all(50)).records();

        assertThat(prospects).extracting(r -> r.get("email")).containsExactly("prospect@example.fr");
    }

    @Test
    void stockOfACombinationIsItsOwnRowAndTheProductShowsTheSum() {
        writeProductWithVariants("TS", List.of("S", "M"));

        writeStock("TS-S", 2);
        writeStock("TS-M", 5);

        assertThat(shop.quantity("TS-S")).isEqualTo(2);
        assertThat(shop.quantity("TS")).isEqualTo(7);
    }
}
