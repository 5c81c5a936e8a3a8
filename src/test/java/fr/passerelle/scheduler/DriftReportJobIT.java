package fr.passerelle.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.engine.RunOptions;
import fr.passerelle.sandbox.SandboxHost;
import fr.passerelle.sandbox.shop.woocommerce.WooCommerceSandbox;
import fr.passerelle.store.DriftReports;
import fr.passerelle.store.MappingRepository;
import fr.passerelle.store.ProfileRepository;
import fr.passerelle.store.ShopProfile;
import fr.passerelle.sync.DriftReporting;
import fr.passerelle.sync.FlowSync;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobDataMap;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * SCH-1 for the drift report (issue 6): the nightly Quartz job compares ERP and shop for every
 * profile and records a report, here on a shop of this class's own (200 items of the PRESSE
 * family) where a price was changed by hand. The job is fired through the scheduler, as its
 * cron would, never by waiting for the night.
 */
@StudioIntegrationTest
class DriftReportJobIT {

    private static final String SHOP = "woo-drift-job";

    @Autowired
    Scheduler scheduler;

    @Autowired
    FlowSync sync;

    @Autowired
    DriftReporting drift;

    @Autowired
    DriftReports reports;

    @Autowired
    ProfileRepository profiles;

    @Autowired
    MappingRepository mappings;

    @Autowired
    SandboxHost host;

    @Test
    void theScheduledJobIsNightlyAndNeverRunsTwiceAtOnce() throws Exception {
        var job = scheduler.getJobDetail(DriftSchedule.JOB);
        assertThat(job).as("the drift job is stored in the scheduler").isNotNull();
        assertThat(job.isConcurrentExecutionDisallowed()).isTrue();
        assertThat(scheduler.getTriggersOfJob(DriftSchedule.JOB)).singleElement()
                .isInstanceOfSatisfying(CronTrigger.class, t -> {
                    assertThat(t.getCronExpression()).isEqualTo("0 0 3 * * ?");
                    ZonedDateTime next = t.getNextFireTime().toInstant().atZone(ZoneId.of("Europe/Paris"));
                    assertThat(next.getHour()).isEqualTo(3);
                    assertThat(next.getMinute()).isZero();
                });
    }

    @Test
    void theJobFindsAPriceChangedByHandAndRecordsTheReport() throws Exception {
        long profile = ownShop();
        WooCommerceSandbox shop = shop();
        sync.run(profile, "products", RunOptions.normal());
        sync.run(profile, "prices", RunOptions.normal());
        String erpPrice = String.valueOf(shop.productBySku("PRE01040").orElseThrow().get("regular_price"));
        shop.setRegularPrice("PRE01040", "2.00");
        long before = latest(profile, "prices").map(DriftReports.Report::id).orElse(0L);

        // what the nightly trigger does, for this profile only: the shared context holds other
        // tests' profiles, whose comparison would only slow this test down
        scheduler.triggerJob(DriftSchedule.JOB, new JobDataMap(Map.of(DriftReportJob.PROFILE_ID,
                Long.toString(profile))));

        DriftReports.Report prices = Awaitility.await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> latest(profile, "prices").filter(r -> r.id() > before).orElse(null),
                        r -> r != null);
        assertThat(prices.origin()).isEqualTo(DriftReports.Origin.SCHEDULE);
        assertThat(prices.succeeded()).as(String.valueOf(prices.error())).isTrue();
        assertThat(prices.differences()).singleElement().satisfies(d -> {
            assertThat(d.key()).isEqualTo("PRE01040");
            assertThat(d.field()).isEqualTo("regular_price");
            assertThat(d.kind()).isEqualTo("PRICE");
            assertThat(d.shopValue()).isEqualTo("2.00");
            assertThat(new BigDecimal(d.erpValue())).isEqualByComparingTo(erpPrice);
        });
        assertThat(prices.differenceCount()).isEqualTo(1);
        // the products flow ran too: its active flags were compared, and none drifted
        Awaitility.await().atMost(Duration.ofMinutes(1)).until(() -> latest(profile, "products")
                .filter(r -> r.origin() == DriftReports.Origin.SCHEDULE).isPresent());
        assertThat(latest(profile, "products").orElseThrow().differences()).isEmpty();
        // the stock flow never ran on this shop: nothing of ours there to compare
        assertThat(latest(profile, "stock")).isEmpty();

        DriftReporting.Resync healed = drift.resync(profile, Map.of("prices", java.util.Set.of("PRE01040")));

        assertThat(healed.stillDrifting()).isEmpty();
        assertThat(healed.runs()).singleElement().satisfies(run -> assertThat(run.updated()).isEqualTo(1));
        assertThat(shop.productBySku("PRE01040").orElseThrow().get("regular_price")).isEqualTo(erpPrice);
        assertThat(latest(profile, "prices").orElseThrow().origin()).isEqualTo(DriftReports.Origin.RESYNC);
    }

    private Optional<DriftReports.Report> latest(long profile, String flow) {
        return reports.latestPerFlow(profile).stream().filter(r -> r.flow().equals(flow)).findFirst();
    }

    private WooCommerceSandbox shop() {
        return (WooCommerceSandbox) host.apps().stream().filter(a -> a.id().equals(SHOP)).findFirst().orElseThrow();
    }

    /** A new, empty WooCommerce shop and a profile of the demo tenant on it: prices and products of PRESSE. */
    private long ownShop() {
        host.mount(new WooCommerceSandbox(SHOP, WooCommerceSandbox.DEFAULT_KEY, WooCommerceSandbox.DEFAULT_SECRET));
        ShopProfile demo = profiles.findByName("ERP sandbox -> WooCommerce sandbox").orElseThrow();
        ShopProfile profile = profiles.create(ShopProfile.draft(demo.tenantId(), "Drift job", demo.erpType(),
                "woocommerce", demo.baseUrl().replaceAll("/woocommerce$", "/" + SHOP), demo.credentials())
                .withErp(demo.erpBaseUrl(), demo.erpCredentials()));
        for (String flow : List.of("products", "prices")) {
            var draft = mappings.saveDraft(profile.id(), flow, "extends: cegid-xrp-flex/woocommerce/" + flow
                    + "\nerpFilter: \"ItemClass eq 'PRESSE'\"\n", "test");
            mappings.publish(draft.id());
        }
        return profile.id();
    }
}
