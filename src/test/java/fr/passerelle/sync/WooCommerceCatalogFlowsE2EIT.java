package fr.passerelle.sync;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.sandbox.RequestLog;
import fr.passerelle.sandbox.SandboxHost;
import fr.passerelle.sandbox.shop.ShopJson;
import fr.passerelle.store.MappingRepository;
import fr.passerelle.store.ProfileRepository;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * ERP sandbox -> WooCommerce sandbox over HTTP with the published templates, on a shop and profile
 * of this class (two item families, 400 items, to keep the run short; all the customers),
 * for every flow besides products: categories (CAT-1..3), stock (STK-1, STK-4), prices (PRC-2..4),
 * customer groups (GRP-1) and customers (CUS-1..3). Each flow: the first run puts everything in the
 * shop, a re-run with no change writes nothing (the sandbox's request log), an ERP change writes
 * exactly what changed. Dependencies run first: products before stock and prices, groups before
 * customers.
 */
@StudioIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WooCommerceCatalogFlowsE2EIT {

    @Autowired
    FlowSync sync;

    @Autowired
    ProfileRepository profiles;

    @Autowired
    MappingRepository mappings;

    @Autowired
    SandboxHost host;

    /** MAISON (20 % VAT) and EPICERIE (5.5 % VAT). */
    static final String TWO_FAMILIES = "erpFilter: \"ItemClass eq 'MAISON' or ItemClass eq 'EPICERIE'\"\n";
    static final String SHOP = "woo-catalog";

    WooE2E e2e;

    @BeforeEach
    void setUp() {
        e2e = new WooE2E(sync, profiles, mappings, host);
        if (profiles.findByName("ERP sandbox -> WooCommerce catalogue").isEmpty()) {
            e2e.ownShop(SHOP, "ERP sandbox -> WooCommerce catalogue", Map.of(), Map.of("categories", TWO_FAMILIES,
                    "products", TWO_FAMILIES, "stock", TWO_FAMILIES, "prices", TWO_FAMILIES, "customer-groups", "",
                    "customers", ""));
        }
    }

    private long demo() {
        return profiles.findByName("ERP sandbox -> WooCommerce catalogue").orElseThrow().id();
    }

    private fr.passerelle.sandbox.shop.woocommerce.WooCommerceSandbox woo() {
        return e2e.shop(SHOP);
    }

    private RunSummary rerunWritesNothing(String flow) {
        host.log(SHOP).clear();
        RunSummary again = e2e.run(demo(), flow);
        assertThat(e2e.writes(SHOP)).as("writes of a no-change re-run of " + flow).isZero();
        assertThat(again.writes()).isZero();
        return again;
    }

    private static String text(Object value) {
        return Objects.toString(ShopJson.text(value), "");
    }

    private static String meta(Map<String, ?> record, String key) {
        return ShopJson.list(record.get("meta_data")).stream().map(ShopJson::object)
                .filter(m -> key.equals(m.get("key"))).map(m -> text(m.get("value"))).findFirst().orElse(null);
    }

    /** CAT-1, CAT-2, CAT-3: the tree from the item categories, up to 6 levels, each category once. */
    @Test
    @Order(1)
    @DisplayName("CAT-1, CAT-2, CAT-3: the tree from the item categories, six levels, each category once")
    void categoriesBuildTheTreeOnceSixLevelsDeepAndAReRunWritesNothing() {
        RunSummary first = e2e.run(demo(), "categories");

        assertThat(first.failed()).as(first.describe()).isZero();
        assertThat(first.created()).isGreaterThan(20);
        List<Map<String, Object>> categories = woo().categories().stream()
                .map(c -> (Map<String, Object>) new java.util.HashMap<String, Object>(c)).toList();
        assertThat(categories).hasSizeGreaterThan(20);
        // each category once under its parent: re-runs and shared paths never duplicate
        assertThat(categories.stream().map(c -> text(c.get("parent")) + "/" + c.get("name")).toList())
                .doesNotHaveDuplicates();
        int deepest = categories.stream().mapToInt(c -> woo().categoryPath(
                Long.parseLong(text(c.get("id")))).size()).max().orElse(0);
        assertThat(deepest).as("CAT-2: six levels").isEqualTo(6);
        assertThat(woo().categoryPath(categoryId(categories, "Maison"))).containsExactly("Maison");

        rerunWritesNothing("categories");

        // CAT-2: an item moved to a new third level makes exactly that one category, under its parents
        List<String> path = List.of(erpAttribute("MAI00700", "CAT1"), erpAttribute("MAI00700", "CAT2"));
        e2e.erp().setItemAttribute("MAI00700", "CAT3", "Nouveautés 2027");
        for (String level : List.of("CAT4", "CAT5", "CAT6")) {
            e2e.erp().setItemAttribute("MAI00700", level, null);
        }
        int before = woo().categories().size();
        host.log(SHOP).clear();

        RunSummary next = e2e.run(demo(), "categories");

        assertThat(next.created()).as(next.describe()).isEqualTo(1);
        assertThat(e2e.writes(SHOP)).isEqualTo(1);
        assertThat(woo().categories()).hasSize(before + 1).filteredOn(c -> "Nouveautés 2027".equals(c.get("name")))
                .singleElement().satisfies(c -> assertThat(woo().categoryPath(Long.parseLong(text(c.get("id")))))
                        .containsExactly(path.get(0), path.get(1), "Nouveautés 2027"));
    }

    private String erpAttribute(String inventoryId, String attributeId) {
        var item = e2e.erp().record("StockItem", inventoryId).orElseThrow();
        for (var line : item.get("Attributes")) {
            if (attributeId.equals(line.get("AttributeID").get("value").asString())) {
                return line.get("Value").get("value").asString();
            }
        }
        throw new AssertionError(inventoryId + " has no attribute " + attributeId);
    }

    private static long categoryId(List<Map<String, Object>> categories, String topName) {
        return categories.stream().filter(c -> topName.equals(c.get("name")) && text(c.get("parent")).equals("0"))
                .map(c -> Long.parseLong(text(c.get("id")))).findFirst().orElseThrow();
    }

    /** Products must be in the shop before stock and prices: they update the products' records. */
    @Test
    @Order(2)
    void productsAreInTheShopBeforeStockAndPrices() {
        RunSummary products = e2e.run(demo(), "products");
        assertThat(products.created()).isEqualTo(400);
        assertThat(woo().productBySku("MAI00650")).isPresent();
        assertThat(woo().productBySku("EPI00450")).isPresent();
    }

    /** STK-1, STK-4: the first run sends every stock figure, then only the stock that changed. */
    @Test
    @Order(3)
    @DisplayName("STK-1, STK-4: the first run sends every stock figure, then only the stock that changed")
    void stockIsSentOnceThenOnlyTheChangedStock() {
        RunSummary first = e2e.run(demo(), "stock");
        assertThat(first.failed()).as(first.describe()).isZero();
        assertThat(first.updated()).isEqualTo(400);
        assertThat(woo().productBySku("MAI00652")).get().satisfies(p -> {
            assertThat(p.get("manage_stock")).isEqualTo(true);
            assertThat(p.get("stock_quantity")).isNotNull();
        });
        rerunWritesNothing("stock");

        e2e.erp().setStock("MAI00650", "PARIS", new BigDecimal("7"));
        e2e.erp().setStock("MAI00651", "PARIS", BigDecimal.ZERO);
        host.log(SHOP).clear();

        RunSummary next = e2e.run(demo(), "stock");

        assertThat(next.updated()).as(next.describe()).isEqualTo(2);
        assertThat(next.created()).isZero();
        assertThat(next.total()).as("STK-4: only the items whose stock moved are read").isLessThan(10);
        assertThat(woo().productBySku("MAI00650")).get().satisfies(p -> {
            assertThat(new BigDecimal(text(p.get("stock_quantity")))).isEqualByComparingTo("7");
            assertThat(p.get("stock_status")).isEqualTo("instock");
        });
        assertThat(woo().productBySku("MAI00651")).get().extracting(p -> p.get("stock_status"))
                .isEqualTo("outofstock");
    }

    /** PRC-2, PRC-3, PRC-4: the ERP price excluding tax, the French VAT categories as tax classes. */
    @Test
    @Order(4)
    @DisplayName("PRC-2, PRC-3, PRC-4: prices excluding tax with the VAT categories as tax classes, then only the changed ones")
    void pricesAreSentExcludingTaxWithTheirTaxClassThenOnlyTheChangedPrices() {
        RunSummary first = e2e.run(demo(), "prices");
        assertThat(first.failed()).as(first.describe()).isZero();
        BigDecimal erpPrice = e2e.erp().record("StockItem", "EPI00452").map(i -> i.get("DefaultPrice").get("value")
                .decimalValue()).orElseThrow();
        assertThat(woo().productBySku("EPI00452")).get().satisfies(p -> {
            assertThat(new BigDecimal(text(p.get("regular_price")))).isEqualByComparingTo(erpPrice);
            assertThat(p.get("tax_class")).as("PRC-4: 5.5 % VAT").isEqualTo("reduced-rate");
            assertThat(p.get("tax_status")).isEqualTo("taxable");
        });
        assertThat(woo().productBySku("MAI00652")).get().extracting(p -> p.get("tax_class"))
                .as("PRC-4: 20 % VAT is the standard class").isEqualTo("");
        rerunWritesNothing("prices");

        List<String> three = List.of("EPI00450", "EPI00451", "EPI00460");
        three.forEach(sku -> e2e.erp().changeItem(sku, "DefaultPrice", new BigDecimal("12.34")));

        RunSummary next = e2e.run(demo(), "prices");

        assertThat(next.updated()).as(next.describe()).isEqualTo(3);
        three.forEach(sku -> assertThat(woo().productBySku(sku)).get()
                .extracting(p -> p.get("regular_price")).isEqualTo("12.34"));
    }

    /** GRP-1: one Groups group per ERP customer price class. */
    @Test
    @Order(5)
    @DisplayName("GRP-1: one Groups group per ERP customer price class")
    void customerGroupsComeFromThePriceClasses() {
        RunSummary first = e2e.run(demo(), "customer-groups");

        assertThat(first.failed()).as(first.describe()).isZero();
        assertThat(woo().groups()).extracting(g -> g.get("name"))
                .contains("DETAIL", "REVENDEUR", "GROSSISTE", "VIP").doesNotHaveDuplicates();
        rerunWritesNothing("customer-groups");

        e2e.erp().changeRecord("CustomerPriceClass", "GROSSISTE", "Description", "Grossistes et centrales");
        host.log(SHOP).clear();

        RunSummary next = e2e.run(demo(), "customer-groups");

        assertThat(next.updated()).as(next.describe()).isEqualTo(1);
        assertThat(e2e.writes(SHOP)).isEqualTo(1);
        assertThat(woo().groups()).filteredOn(g -> "GROSSISTE".equals(g.get("name")))
                .singleElement().extracting(g -> g.get("description")).isEqualTo("Grossistes et centrales");
    }

    /** CUS-1..3: customers with their addresses; an inactive ERP customer is disabled, not deleted. */
    @Test
    @Order(6)
    @DisplayName("CUS-1, CUS-3: customers with their addresses; an inactive ERP customer is disabled, not deleted")
    void customersAreCreatedWithAddressesAndAnInactiveOneIsDisabled() {
        RunSummary first = e2e.run(demo(), "customers");

        assertThat(first.created()).as(first.describe()).isGreaterThan(100);
        assertThat(first.failed()).isZero();
        List<Map<String, Object>> synced = woo().customers().stream()
                .filter(c -> meta(c, "erp_customer_code") != null)
                .map(c -> (Map<String, Object>) new java.util.HashMap<String, Object>(c)).toList();
        assertThat(synced).extracting(c -> meta(c, "erp_customer_code")).doesNotHaveDuplicates();
        assertThat(synced).extracting(c -> text(c.get("email"))).doesNotHaveDuplicates();
        Map<String, Object> one = synced.stream().filter(c -> "no".equals(meta(c, "_account_disabled")))
                .findFirst().orElseThrow();
        Map<String, Object> billing = ShopJson.object(one.get("billing"));
        var erpAddress = e2e.erp().record("Customer", meta(one, "erp_customer_code")).orElseThrow()
                .get("MainContact").get("Address");
        assertThat(text(billing.get("address_1"))).isNotBlank()
                .isEqualTo(erpAddress.get("AddressLine1").get("value").asString());
        assertThat(text(billing.get("city"))).isEqualTo(erpAddress.get("City").get("value").asString());
        assertThat(text(billing.get("email"))).isEqualTo(text(one.get("email")));
        assertThat(text(ShopJson.object(one.get("shipping")).get("address_1"))).isNotBlank();
        rerunWritesNothing("customers");

        String code = meta(one, "erp_customer_code");
        int before = woo().customers().size();
        e2e.erp().changeRecord("Customer", code, "Status", "Inactive");
        host.log(SHOP).clear();

        RunSummary next = e2e.run(demo(), "customers");

        assertThat(next.updated()).as(next.describe()).isEqualTo(1);
        assertThat(next.created()).isZero();
        assertThat(woo().customers()).hasSize(before)
                .filteredOn(c -> code.equals(meta(c, "erp_customer_code"))).singleElement()
                .satisfies(c -> assertThat(meta(c, "_account_disabled")).isEqualTo("yes"));
    }

    // ---- ART-3: matrix items as variable products, on a shop and profile of their own ----

    static final String VARIANTS_SHOP = "woo-variants";
    static final String VARIANTS_PROFILE = "ERP sandbox -> WooCommerce variants";
    static final String VETEMENT = "erpFilter: \"ItemClass eq 'VETEMENT'\"\n";
    /** The variants' own stock items (stock and prices are per variant SKU). */
    static final String VETEMENT_VARIANTS = "erpFilter: \"ItemClass eq 'VETEMENT' and TemplateItemID ne null\"\n";

    private long variantsProfile() {
        return profiles.findByName(VARIANTS_PROFILE).map(p -> p.id()).orElseGet(() -> e2e.ownShop(VARIANTS_SHOP,
                VARIANTS_PROFILE, Map.of(), Map.of("variants", VETEMENT, "stock", VETEMENT_VARIANTS,
                        "prices", VETEMENT_VARIANTS)));
    }

    private fr.passerelle.sandbox.shop.woocommerce.WooCommerceSandbox variantsShop() {
        return e2e.shop(VARIANTS_SHOP);
    }

    private List<tools.jackson.databind.JsonNode> matrix(String templateId) {
        List<tools.jackson.databind.JsonNode> lines = new java.util.ArrayList<>();
        e2e.erp().record("TemplateItems", templateId).orElseThrow().get("Matrix").forEach(lines::add);
        return lines;
    }

    private static String wire(tools.jackson.databind.JsonNode node, String field) {
        return node.path(field).path("value").asString("");
    }

    private static String axis(tools.jackson.databind.JsonNode line, String attributeId) {
        for (var attribute : line.path("Attributes")) {
            if (attributeId.equals(wire(attribute, "AttributeID"))) {
                return wire(attribute, "Value");
            }
        }
        throw new AssertionError(wire(line, "InventoryID") + " has no " + attributeId);
    }

    private Map<String, Object> variable(String sku) {
        return new java.util.HashMap<>(variantsShop().productBySku(sku).orElseThrow());
    }

    private List<Map<String, Object>> variationsOf(String sku) {
        long id = Long.parseLong(text(variable(sku).get("id")));
        return variantsShop().variations(id).stream().map(v -> (Map<String, Object>) new java.util.HashMap<String, Object>(v))
                .toList();
    }

    private static List<String> options(Map<String, Object> product, String axis) {
        return ShopJson.list(product.get("attributes")).stream().map(ShopJson::object)
                .filter(a -> axis.equals(a.get("name"))).flatMap(a -> ShopJson.list(a.get("options")).stream())
                .map(o -> text(o)).toList();
    }

    private static String option(Map<String, Object> variation, String axis) {
        return ShopJson.list(variation.get("attributes")).stream().map(ShopJson::object)
                .filter(a -> axis.equals(a.get("name"))).map(a -> text(a.get("option"))).findFirst().orElse("");
    }

    @Test
    @Order(7)
    @DisplayName("ART-3: WooCommerce matrix items arrive as variable products with the right variant count, axes, "
            + "SKUs, prices and stock; a re-run writes nothing")
    void matrixItemsArriveAsVariableProductsWithTheirVariations() {
        long profile = variantsProfile();
        int templates = 0;
        while (e2e.erp().record("TemplateItems", String.format("VETM%04d", templates + 1)).isPresent()) {
            templates++;
        }

        RunSummary first = e2e.run(profile, "variants");

        assertThat(first.failed()).as(first.describe()).isZero();
        assertThat(first.created()).isEqualTo(templates).isGreaterThan(10);
        assertThat(variantsShop().products()).as("one variable product per matrix item, no simple product per variant")
                .hasSize(templates).allSatisfy(p -> assertThat(p.get("type")).isEqualTo("variable"));
        for (String template : List.of("VETM0001", "VETM0002", String.format("VETM%04d", templates))) {
            List<tools.jackson.databind.JsonNode> lines = matrix(template);
            Map<String, Object> product = variable(template);
            assertThat(options(product, "Couleur")).containsExactlyInAnyOrderElementsOf(
                    lines.stream().map(l -> axis(l, "COLOR")).distinct().toList());
            assertThat(options(product, "Taille")).containsExactlyInAnyOrderElementsOf(
                    lines.stream().map(l -> axis(l, "SIZE")).distinct().toList());
            List<Map<String, Object>> variations = variationsOf(template);
            assertThat(variations).as("variant count of " + template).hasSize(lines.size()).hasSize(8);
            for (var line : lines) {
                String sku = wire(line, "InventoryID");
                assertThat(variations).filteredOn(v -> sku.equals(v.get("sku"))).singleElement().satisfies(v -> {
                    assertThat(new BigDecimal(text(v.get("regular_price"))))
                            .isEqualByComparingTo(line.path("DefaultPrice").path("value").decimalValue());
                    assertThat(v.get("status")).isEqualTo("Active".equals(wire(line, "ItemStatus")) ? "publish" : "private");
                    assertThat(option(v, "Couleur")).isEqualTo(axis(line, "COLOR"));
                    assertThat(option(v, "Taille")).isEqualTo(axis(line, "SIZE"));
                    assertThat(new BigDecimal(text(v.get("weight"))))
                            .isEqualByComparingTo(line.path("DimensionWeight").path("value").decimalValue());
                    assertThat(text(ShopJson.object(v.get("image")).get("src"))).endsWith(sku + ".jpg");
                });
            }
        }
        assertThat(variantsShop().products().stream().mapToInt(p -> ShopJson.list(p.get("variations")).size()).sum())
                .as("every variant once").isEqualTo(templates * 8);
        host.log(VARIANTS_SHOP).clear();
        RunSummary again = e2e.run(profile, "variants");
        assertThat(e2e.writes(VARIANTS_SHOP)).as("writes of a no-change re-run of variants").isZero();
        assertThat(again.writes()).isZero();

        // the variants' stock and prices: the stock and prices flows find each variation by its SKU
        RunSummary stock = e2e.run(profile, "stock");
        assertThat(stock.failed()).as(stock.describe()).isZero();
        assertThat(stock.updated()).isEqualTo(templates * 8);
        RunSummary prices = e2e.run(profile, "prices");
        assertThat(prices.failed()).as(prices.describe()).isZero();
        for (var line : matrix("VETM0002")) {
            String sku = wire(line, "InventoryID");
            var lines = e2e.erp().record("StockItem", sku).orElseThrow().path("WarehouseDetails");
            BigDecimal available = lines.isEmpty() ? BigDecimal.ZERO : lines.get(0).path("QtyAvailable").path("value")
                    .decimalValue();
            assertThat(variationsOf("VETM0002")).filteredOn(v -> sku.equals(v.get("sku"))).singleElement()
                    .satisfies(v -> {
                        assertThat(v.get("manage_stock")).isEqualTo(true);
                        assertThat(new BigDecimal(text(v.get("stock_quantity")))).isEqualByComparingTo(available);
                        assertThat(v.get("tax_class")).as("PRC-4 on a variation").isEqualTo("");
                    });
        }
        assertThat(variable("VETM0002").get("stock_quantity")).as("the parent holds no stock of its own").isNull();
    }

    @Test
    @Order(8)
    @DisplayName("ART-3: one variant's price changed in the ERP writes that WooCommerce variation only")
    void oneVariantsPriceChangedWritesThatVariationOnly() {
        long profile = variantsProfile();
        String sku = wire(matrix("VETM0003").get(2), "InventoryID");
        Map<String, String> before = new java.util.HashMap<>();
        variationsOf("VETM0003").forEach(v -> before.put(text(v.get("sku")), text(v.get("date_modified_gmt"))));
        e2e.erp().changeVariant(sku, "DefaultPrice", new BigDecimal("77.70"));
        host.log(VARIANTS_SHOP).clear();

        RunSummary next = e2e.run(profile, "variants");

        assertThat(next.updated()).as(next.describe()).isEqualTo(1);
        assertThat(host.log(VARIANTS_SHOP).entries()).filteredOn(RequestLog.Entry::isWrite).singleElement()
                .satisfies(w -> assertThat(w.path()).endsWith("/variations/batch"));
        assertThat(variationsOf("VETM0003")).allSatisfy(v -> {
            if (sku.equals(v.get("sku"))) {
                assertThat(v.get("regular_price")).isEqualTo("77.70");
            } else {
                assertThat(text(v.get("date_modified_gmt"))).as("untouched " + v.get("sku"))
                        .isEqualTo(before.get(text(v.get("sku"))));
            }
        });
    }

    @Test
    @Order(9)
    @DisplayName("ART-3: a variant deactivated in the ERP is disabled in the WooCommerce shop, not deleted")
    void aVariantDeactivatedInTheErpIsDisabledInTheShop() {
        long profile = variantsProfile();
        String sku = matrix("VETM0004").stream().filter(l -> "Active".equals(wire(l, "ItemStatus")))
                .map(l -> wire(l, "InventoryID")).findFirst().orElseThrow();
        e2e.erp().changeVariant(sku, "ItemStatus", "Inactive");
        host.log(VARIANTS_SHOP).clear();

        RunSummary next = e2e.run(profile, "variants");

        assertThat(next.updated()).as(next.describe()).isEqualTo(1);
        assertThat(e2e.writes(VARIANTS_SHOP)).isEqualTo(1);
        assertThat(variationsOf("VETM0004")).hasSize(8).filteredOn(v -> sku.equals(v.get("sku"))).singleElement()
                .extracting(v -> v.get("status")).isEqualTo("private");
    }
}
