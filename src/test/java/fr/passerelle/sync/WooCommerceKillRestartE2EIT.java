package fr.passerelle.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.sandbox.SandboxHost;
import fr.passerelle.store.MappingRepository;
import fr.passerelle.store.ProfileRepository;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Killing the engine mid-run and restarting completes the run with no duplicate and no lost
 * record: the {@code run} command runs in a child JVM on the test's database and the studio's
 * sandboxes, is killed once the shop has some of the products, and the run is done again. The
 * ERP pages by key, not by change time: a watermark moved per page lost every later item here.
 */
@StudioIntegrationTest
class WooCommerceKillRestartE2EIT {

    private static final String PROFILE = "ERP sandbox -> WooCommerce killed mid-run";

    @Autowired
    FlowSync sync;

    @Autowired
    ProfileRepository profiles;

    @Autowired
    MappingRepository mappings;

    @Autowired
    SandboxHost host;

    @Autowired
    DataSource dataSource;

    @Test
    void killingTheEngineMidRunAndRestartingLosesNothingAndDuplicatesNothing() throws Exception {
        WooE2E e2e = new WooE2E(sync, profiles, mappings, host);
        long profile = e2e.ownShop("woo-kill", PROFILE, Map.of("pageSize", "20"),
                Map.of("products", WooCommerceDifferentiatorsE2EIT.PRESS_ONLY));
        var shop = e2e.shop("woo-kill");
        host.faults("woo-kill").delay(60);

        HikariDataSource db = dataSource.unwrap(HikariDataSource.class);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dpasserelle.secret-key=integration-tests-only-secret", "fr.passerelle.Passerelle", "run",
                "--profile", PROFILE, "--flow", "products");
        builder.environment().put("PASSERELLE_DB_URL", db.getJdbcUrl());
        builder.environment().put("PASSERELLE_DB_USER", db.getUsername());
        builder.environment().put("PASSERELLE_DB_PASSWORD", db.getPassword() == null ? "" : db.getPassword());
        File output = new File("target/kill-restart-child.log");
        builder.redirectErrorStream(true).redirectOutput(output);
        Process child = builder.start();
        int atKill;
        try {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            while (shop.products().size() < 30 && child.isAlive() && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            atKill = shop.products().size();
        } finally {
            child.destroyForcibly().waitFor();
            host.faults("woo-kill").reset();
        }
        System.out.println("killed the child run with " + atKill + " products in the shop");
        assertThat(atKill).as("the child was killed mid-run (see " + output + ")").isBetween(30, 199);

        RunSummary resumed = e2e.run(profile, "products");

        List<String> expected = IntStream.rangeClosed(1001, 1200).mapToObj(n -> "PRE0" + n).toList();
        List<String> skus = shop.products().stream().map(p -> String.valueOf(p.get("sku"))).toList();
        assertThat(skus).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(resumed.failed()).as(resumed.describe()).isZero();
        // what the killed run had sent (with its id link) is not written again
        assertThat(resumed.unchanged()).isGreaterThanOrEqualTo(atKill - 20);
        assertThat(resumed.total()).isEqualTo(200);
        host.log("woo-kill").clear();
        RunSummary again = e2e.run(profile, "products");
        assertThat(again.writes()).isZero();
        assertThat(host.log("woo-kill").writes()).isZero();
    }
}
