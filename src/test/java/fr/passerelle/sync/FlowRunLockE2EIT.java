package fr.passerelle.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.engine.RunOptions;
import fr.passerelle.engine.RunSummary;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SCH-1, issue 15 point 2: one run of a flow of a profile at a time, cluster-wide, held by a
 * PostgreSQL advisory lock taken in {@link FlowSync#run}: the studio, the {@code run} command and
 * the scheduler all take it. The shop answers slowly so that the first run is still going when
 * the others arrive.
 */
@StudioIntegrationTest
class FlowRunLockE2EIT extends OwnShopE2E {

    @Autowired
    DataSource dataSource;

    @Test
    @DisplayName("SCH-1: a flow started from the studio while its schedule fires runs once; a skipping trigger and a waiting one say so in the run history")
    void oneRunOfAFlowAtATime() throws Exception {
        long profile = ownShop(E2EShop.WOOCOMMERCE, "lock", Map.of("pageSize", "5"), Map.of("products", TWENTY_ITEMS));
        String shopId = shopId(E2EShop.WOOCOMMERCE, "lock");
        host.faults(shopId).delay(20);
        var threads = java.util.concurrent.Executors.newCachedThreadPool();
        try {
            CompletableFuture<RunSummary> scheduled = CompletableFuture.supplyAsync(() -> sync.run(profile, "products",
                    RunOptions.normal(), RunTrigger.scheduled("SCHEDULE", RunTrigger.WhenRunning.SKIP, Duration.ZERO,
                            "products-schedule@1")), threads);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            Awaitility.await().atMost(30, TimeUnit.SECONDS).until(() -> jdbc.queryForObject(
                    "select count(*) from run where profile_id = ? and status = 'RUNNING'", Integer.class, profile) == 1);

            // the studio's "Lancer" while the scheduled run works: told at once, nothing runs twice
            assertThatThrownBy(() -> sync.run(profile, "products", RunOptions.normal(), RunTrigger.manual("STUDIO")))
                    .isInstanceOf(FlowBusyException.class).hasMessageContaining("already running: run #");
            // a second fire of the schedule with the "wait" policy starts after the first run
            CompletableFuture<RunSummary> waiting = CompletableFuture.supplyAsync(() -> sync.run(profile, "products",
                    RunOptions.normal(), RunTrigger.scheduled("SCHEDULE", RunTrigger.WhenRunning.WAIT,
                            Duration.ofMinutes(5), "products-schedule@2")), threads);

            RunSummary first = scheduled.get(5, TimeUnit.MINUTES);
            RunSummary second = waiting.get(5, TimeUnit.MINUTES);
            System.out.println("lock test runs: " + new JdbcTemplate(dataSource).queryForList(
                    "select id, status, started_at, finished_at from run where profile_id = ?", profile));
            assertThat(first.created()).isEqualTo(20);
            assertThat(second.writes()).as("the waiting run found the work done").isZero();
            assertThat(E2EShop.WOOCOMMERCE.skus(app(shopId))).doesNotHaveDuplicates().hasSize(20);

            List<Map<String, Object>> runs = jdbc.queryForList("select id, status, trigger_source, fire_id, note,"
                    + " started_at, finished_at from run where profile_id = ? order by id", profile);
            assertThat(runs).extracting(r -> r.get("status") + " " + r.get("trigger_source"))
                    .containsExactly("SUCCEEDED SCHEDULE", "SKIPPED STUDIO", "SUCCEEDED SCHEDULE");
            assertThat((String) runs.get(1).get("note")).contains("already running: run #" + runs.get(0).get("id"));
            assertThat((String) runs.get(2).get("note")).contains("for the run in progress to end");
            // no overlap: the waiting run started after the first one ended
            assertThat((E2ETimes.instant(runs.get(2).get("started_at"))))
                    .isAfterOrEqualTo(E2ETimes.instant(runs.get(0).get("finished_at")));
        } finally {
            host.faults(shopId).reset();
            threads.shutdownNow();
        }
    }

    @Test
    @DisplayName("SCH-1: the run lock is freed when its holder's database session dies")
    void aDeadHolderFreesTheLock() throws Exception {
        var locks = new fr.passerelle.store.FlowLocksProbe(dataSource);
        String key = "flow:999999/products";
        // a connection of its own, outside the pool: its session is killed below
        var pool = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class);
        try (var connection = java.sql.DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(),
                pool.getPassword()); var st = connection.createStatement()) {
            st.execute("select pg_advisory_lock(hashtextextended('" + key + "', 0))");
            assertThat(locks.isHeld(key)).isTrue();
            // what a killed node's connection does: the server ends the session
            try (var killer = dataSource.getConnection(); var k = killer.prepareStatement(
                    "select pg_terminate_backend(?)")) {
                var pid = st.executeQuery("select pg_backend_pid()");
                pid.next();
                k.setInt(1, pid.getInt(1));
                k.execute();
            }
            Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> !locks.isHeld(key));
        }
    }
}
