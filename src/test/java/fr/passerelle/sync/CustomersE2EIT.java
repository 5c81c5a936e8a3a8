package fr.passerelle.sync;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.sandbox.SandboxApp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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

    /** A re-run with no change in the ERP sends nothing to the shop. */
    private void reRunWritesNothing(long profile, String flow, E2EShop kind, String shopId) {
        host.log(shopId).clear();
        RunSummary again = run(profile, flow, kind);
        assertThat(again.writes()).as(flow + " re-run").isZero();
        assertThat(host.log(shopId).writes()).as(flow + " re-run requests that write").isZero();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(E2EShop.class)
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
        RunSummary first = run(profile, "customers", kind);

        assertThat(first.created()).as(first.describe()).isEqualTo(CODES.size());
        assertThat(first.failed()).isZero();
        assertThat(kind.customers(shop)).extracting(E2EShop.Customer::code).containsExactlyInAnyOrderElementsOf(CODES);
        reRunWritesNothing(profile, "customers", kind, shopId);

        changingFiveCustomersWritesExactlyThoseFive(profile, kind, shop);
        aDormantCustomerIsDisabledNotDeleted(profile, kind, shop);
        aCustomerTheShopRefusesFailsAlone(profile, kind, shop);
    }

    private void customerGroupsAreCreatedOnceThenOnlyTheChangedOnesWritten(long profile, E2EShop kind, String shopId) {
        RunSummary first = run(profile, "customer-groups", kind);
        assertThat(first.created()).as(first.describe()).isEqualTo(erp().count("CustomerPriceClass"));
        reRunWritesNothing(profile, "customer-groups", kind, shopId);
        erp().changeRecord("CustomerPriceClass", "VIP", "Description", "Clients privilégiés " + kind.type);
        erp().changeRecord("CustomerPriceClass", "REVENDEUR", "Description", "Revendeurs agréés " + kind.type);
        host.log(shopId).clear();

        RunSummary next = run(profile, "customer-groups", kind);

        assertThat(next.updated()).as(next.describe()).isEqualTo(2);
        assertThat(next.created()).isZero();
        assertThat(host.log(shopId).writes()).isEqualTo(2);
    }

    /** The shop's copy of each ERP customer, to tell which ones a run touched. */
    private static Map<String, String> snapshot(E2EShop kind, SandboxApp shop) {
        return kind.customers(shop).stream().collect(Collectors.toMap(E2EShop.Customer::code,
                c -> Objects.toString(c.record()), (a, b) -> a + " | " + b, LinkedHashMap::new));
    }

    private void changingFiveCustomersWritesExactlyThoseFive(long profile, E2EShop kind, SandboxApp shop) {
        // the shops share the ERP: each shop's run gets names of its own to see
        List<String> names = List.of("Aubert", "Benoît", "Carpentier", "Delmas", "Estève").stream()
                .map(n -> n + "-" + kind.type).toList();
        List<String> five = List.of("C00003", "C00011", "C00012", "C00027", "C00034");
        for (int i = 0; i < five.size(); i++) {
            erp().changeCustomer(five.get(i), "MainContact/LastName", names.get(i));
        }
        Map<String, String> before = snapshot(kind, shop);

        RunSummary next = run(profile, "customers", kind);

        assertThat(next.updated()).as(next.describe()).isEqualTo(5);
        assertThat(next.created()).isZero();
        assertThat(next.failed()).isZero();
        Map<String, String> after = snapshot(kind, shop);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(CODES.stream().filter(c -> !after.get(c).equals(before.get(c))))
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
        mappings.publish(mappings.saveDraft(profile, "customers", """
                extends: cegid-xrp-flex/%s/customers
                %srules:
                  - name: an e-mail the shop cannot take, for one customer only
                    when: code == '%s'
                    set:
                      email: "'pas-une-adresse'"
                """.formatted(kind.type, FIRST_40, refused), "test").id());
        String refusedBefore = kind.customers(shop).stream().filter(c -> c.code().equals(refused)).findFirst()
                .orElseThrow().lastName();
        try {
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
        } finally {
            mappings.publish(mappings.saveDraft(profile, "customers",
                    "extends: cegid-xrp-flex/" + kind.type + "/customers\n" + FIRST_40, "test").id());
        }
    }
}
