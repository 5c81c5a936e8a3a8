package fr.passerelle.sync;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.engine.RunOptions;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.sandbox.SandboxApp;
import fr.passerelle.sandbox.SandboxHost;
import fr.passerelle.sandbox.erp.ErpSandbox;
import fr.passerelle.store.MappingRepository;
import fr.passerelle.store.ProfileRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the end-to-end tests that run one scenario on every shop share (each subclass is a
 * {@code @StudioIntegrationTest}): the studio's beans, the shared ERP sandbox, and a shop and
 * profile of the test's own, so that no other test class's runs or changes count in its request log.
 */
abstract class OwnShopE2E {

    /** PRE01001 .. PRE01020: enough items for every promise, few enough to run in seconds on each shop. */
    static final List<String> TWENTY_SKUS = IntStream.rangeClosed(1001, 1020).mapToObj(n -> "PRE0" + n).toList();
    static final String TWENTY_ITEMS = "erpFilter: \"ItemClass eq 'PRESSE' and InventoryID le 'PRE01020'\"\n";
    /** PrestaShop would download each photo to upload it, from hosts this offline machine cannot reach. */
    static final String NO_PHOTOS = "fields:\n  image_urls: \"null\"\n";

    @Autowired
    FlowSync sync;

    @Autowired
    ProfileRepository profiles;

    @Autowired
    MappingRepository mappings;

    @Autowired
    SandboxHost host;

    ErpSandbox erp() {
        return (ErpSandbox) app(ErpSandbox.ID);
    }

    SandboxApp app(String id) {
        return host.apps().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    /** An empty shop {@code <type>-<suffix>} and a profile on it with these flows; returns the profile's id. */
    long ownShop(E2EShop kind, String suffix, Map<String, String> settings, Map<String, String> flowsExtra) {
        return kind.ownShop(profiles, mappings, host, shopId(kind, suffix), "ERP sandbox -> " + kind + " " + suffix,
                settings, flowsExtra);
    }

    static String shopId(E2EShop kind, String suffix) {
        return kind.type + "-" + suffix;
    }

    RunSummary run(long profile, String flow, E2EShop kind) {
        RunSummary summary = sync.run(profile, flow, RunOptions.normal());
        System.out.println(kind + " " + flow + ": " + summary.describe());
        return summary;
    }

    /**
     * An own shop (suffix {@code flow}) whose products flow has put the twenty items in it, with
     * {@code flow} published on the same items, for the flows that update products.
     */
    long ownShopWithTwentyProducts(E2EShop kind, String flow) {
        long profile = ownShop(kind, flow, Map.of(), Map.of("products",
                TWENTY_ITEMS + (kind == E2EShop.PRESTASHOP ? NO_PHOTOS : ""), flow, TWENTY_ITEMS));
        assertThat(run(profile, "products", kind).created()).isEqualTo(TWENTY_SKUS.size());
        return profile;
    }

    /** A first run that fails nothing, then a re-run with no change that sends the shop nothing (its request log). */
    RunSummary firstRunThenNoChange(long profile, String flow, E2EShop kind, String shopId) {
        RunSummary first = run(profile, flow, kind);
        assertThat(first.failed()).as(first.describe()).isZero();
        host.log(shopId).clear();
        RunSummary again = run(profile, flow, kind);
        assertThat(again.writes()).as(flow + " re-run").isZero();
        assertThat(host.log(shopId).writes()).as(flow + " re-run requests that write").isZero();
        return first;
    }

    /** Publishes the flow's template with {@code extra} lines and a consultant's rule that sets one field of one record. */
    void publishWithRule(long profile, E2EShop kind, String flow, String extra, String when, String field,
            String value) {
        mappings.publish(mappings.saveDraft(profile, flow, """
                extends: cegid-xrp-flex/%s/%s
                %srules:
                  - name: a value the shop refuses, for one record only
                    when: %s
                    set:
                      %s: "'%s'"
                """.formatted(kind.type, flow, extra, when, field, value), "test").id());
    }

    /** What the shop holds for each key, read the same way before and after a run to tell what it touched. */
    static Map<String, String> snapshot(List<String> keys, Function<String, String> read) {
        Map<String, String> values = new LinkedHashMap<>();
        keys.forEach(k -> values.put(k, read.apply(k)));
        return values;
    }

    static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream().filter(k -> !before.get(k).equals(after.get(k))).toList();
    }
}
