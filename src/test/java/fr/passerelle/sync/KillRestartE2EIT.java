package fr.passerelle.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.sandbox.SandboxApp;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Killing the engine mid-run and restarting completes the run with no duplicate and no lost
 * record, on each shop: the {@code run} command runs the products flow in a child JVM on the
 * test's database and the studio's sandboxes, is killed once the shop has some of the products,
 * and the run is done again in the studio: it resumes at the killed run's last finished page
 * (its read checkpoint). The ERP pages by key, not by change time: a watermark moved per page
 * lost every later item here.
 *
 * <p>100 items (PRE01001 .. PRE01100) in pages of 10; the shop answers slowly during the child
 * run only, so that the kill lands mid-run whatever each shop's requests per product.
 */
@StudioIntegrationTest
class KillRestartE2EIT extends OwnShopE2E {

    private static final String ITEMS = """
            erpFilter: "ItemClass eq 'PRESSE' and InventoryID le 'PRE01100'"
            """;
    private static final List<String> EXPECTED = IntStream.rangeClosed(1001, 1100).mapToObj(n -> "PRE0" + n)
            .toList();

    @Autowired
    DataSource dataSource;

    @Autowired
    fr.passerelle.store.RunHistory history;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"WOOCOMMERCE, 60", "PRESTASHOP, 30", "SHOPIFY, 150"})
    void killingTheEngineMidRunAndRestartingLosesNothingAndDuplicatesNothing(E2EShop kind, int delayMillis)
            throws Exception {
        long profile = ownShop(kind, "kill", Map.of("pageSize", "10"),
                Map.of("products", ITEMS + (kind == E2EShop.PRESTASHOP ? NO_PHOTOS : "")));
        String shopId = shopId(kind, "kill");
        String profileName = profiles.findById(profile).orElseThrow().name();
        SandboxApp shop = app(shopId);

        int atKill = runInChildAndKillOnceTheShopHas(40, profileName, kind, shop, delayMillis);

        System.out.println(kind + ": killed the child run with " + atKill + " products in the shop");
        assertThat(atKill).as("the child was killed mid-run (see target/kill-restart-" + kind + ".log)")
                .isBetween(40, EXPECTED.size() - 1);
        // 40 products in the shop: at least pages 1-3 finished, so the read resumes at page 3 or later
        int resumeAt = history.portsFor(profile).checkpoint("products")
                .map(c -> Integer.parseInt(java.util.Objects.requireNonNull(c.cursor()))).orElse(0);
        assertThat(resumeAt).as("where the killed run's read stands").isBetween(20, atKill);
        RunSummary resumed = run(profile, "products", kind);

        assertThat(kind.skus(shop)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(EXPECTED);
        assertThat(resumed.failed()).as(resumed.describe()).isZero();
        // resumed at the last finished page, read again, not from the first one
        assertThat(resumed.total()).isEqualTo(EXPECTED.size() - resumeAt);
        assertThat(resumed.unchanged()).as("the finished page read again").isGreaterThanOrEqualTo(10);
        // what the killed run had sent is not written again: at most the page in flight is
        assertThat(resumed.writes()).isLessThanOrEqualTo(EXPECTED.size() - atKill + 10);
        host.log(shopId).clear();
        RunSummary again = run(profile, "products", kind);
        assertThat(again.writes()).isZero();
        assertThat(host.log(shopId).writes()).isZero();
    }

    /** Runs the products flow with the {@code run} command in a child JVM, killed once the shop holds {@code atLeast} products. */
    private int runInChildAndKillOnceTheShopHas(int atLeast, String profileName, E2EShop kind, SandboxApp shop,
            int delayMillis) throws Exception {
        HikariDataSource db = dataSource.unwrap(HikariDataSource.class);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dpasserelle.secret-key=integration-tests-only-secret", "fr.passerelle.Passerelle", "run",
                "--profile", profileName, "--flow", "products");
        builder.environment().put("PASSERELLE_DB_URL", db.getJdbcUrl());
        builder.environment().put("PASSERELLE_DB_USER", db.getUsername());
        builder.environment().put("PASSERELLE_DB_PASSWORD", db.getPassword() == null ? "" : db.getPassword());
        builder.redirectErrorStream(true).redirectOutput(new File("target/kill-restart-" + kind + ".log"));
        host.faults(shop.id()).delay(delayMillis);
        Process child = builder.start();
        try {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            while (kind.skus(shop).size() < atLeast && child.isAlive() && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
            }
            return kind.skus(shop).size();
        } finally {
            child.destroyForcibly().waitFor();
            host.faults(shop.id()).reset();
            // the killed run never logged out of the ERP: its seat stays taken until the licence's
            // idle timeout; three kills in one JVM would otherwise fill every seat of the sandbox
            erp().idleTimeoutPasses();
        }
    }
}
