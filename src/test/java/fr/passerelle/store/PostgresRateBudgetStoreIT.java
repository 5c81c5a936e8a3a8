package fr.passerelle.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.connector.RateBudget;
import fr.passerelle.connector.http.HttpResult;
import fr.passerelle.connector.http.RetryPolicy;
import fr.passerelle.connector.http.RetryingHttpClient;
import fr.passerelle.sandbox.RequestLog;
import fr.passerelle.sandbox.SandboxServer;
import fr.passerelle.sandbox.shop.woocommerce.WooCommerceSandbox;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rate budget is cluster-wide (issue 6, SCH-1 runs flows on every node): two nodes on one
 * database, each with its own budget and its own store object, as two JVMs would have. The studio's
 * context makes this process share through PostgreSQL, so the connector's HTTP client is "node A".
 */
@StudioIntegrationTest
class PostgresRateBudgetStoreIT {

    @Autowired
    DSLContext db;

    @Test
    void a429SeenByOneNodePausesTheOtherNode() throws Exception {
        // The process's store is whichever studio context started last: the ITs with a database of
        // their own (DemoAdminUiIT, ProductionStudioUiIT ...) take it, so node A is pointed at this one.
        RateBudget.shareThrough(new PostgresRateBudgetStore(db));
        try (SandboxServer shop = SandboxServer.start(0, new WooCommerceSandbox())) {
            String url = shop.baseUrl("woocommerce") + "/wp-json/wc/v3/products";
            RateBudget nodeB = RateBudget.separate(url, new PostgresRateBudgetStore(db), RateBudget.DEFAULT_REFRESH);
            nodeB.acquire(); // B has read the shared store: nothing paused yet
            shop.host().faults("woocommerce").throttleNext(1, 3);

            // node A: the connectors' HTTP client meets the 429 (Retry-After: 3 s), waits and retries
            RetryingHttpClient nodeA = new RetryingHttpClient("woocommerce",
                    new RetryPolicy(3, Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofSeconds(10)), Duration.ofSeconds(5));
            CompletableFuture<HttpResult> read = CompletableFuture.supplyAsync(() -> nodeA.send("read", HttpRequest
                    .newBuilder(URI.create(url)).header("Authorization", basic()).GET().build()));
            RequestLog log = shop.host().log("woocommerce");
            while (log.count(e -> e.status() == 429) == 0) {
                Thread.sleep(5);
            }
            long throttledAt = System.nanoTime();
            Thread.sleep(1100); // B's view of the store is now stale: its next call reads it again

            nodeB.acquire();

            long waitedSince429 = (System.nanoTime() - throttledAt) / 1_000_000;
            assertThat(waitedSince429).as("node B waited for the pause node A recorded").isGreaterThanOrEqualTo(2800);
            assertThat(read.get().status()).isEqualTo(200);
        }
    }

    @Test
    void aShorterPauseNeverShortensOneAlreadyRecordedAndPausesEndOnTheirOwn() throws Exception {
        PostgresRateBudgetStore nodeA = new PostgresRateBudgetStore(db);
        PostgresRateBudgetStore nodeB = new PostgresRateBudgetStore(db);
        String host = "https://boutique-" + System.nanoTime() + ".myshopify.com:-1";

        assertThat(nodeB.remainingPause(host)).isZero();
        nodeA.pause(host, Duration.ofSeconds(30));
        nodeB.pause(host, Duration.ofMillis(200));

        assertThat(nodeB.remainingPause(host)).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(30));
        String other = host + "-other";
        nodeA.pause(other, Duration.ofMillis(150));
        assertThat(nodeB.remainingPause(other)).isPositive();
        Thread.sleep(250);
        assertThat(nodeB.remainingPause(other)).isZero();
    }

    private static String basic() {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((WooCommerceSandbox.DEFAULT_KEY + ":"
                + WooCommerceSandbox.DEFAULT_SECRET).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
