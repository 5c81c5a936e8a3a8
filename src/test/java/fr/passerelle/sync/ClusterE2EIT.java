package fr.passerelle.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import fr.passerelle.StudioIntegrationTest;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SCH-1, issue 15: three worker nodes ({@code worker} command, separate JVMs) on the test's
 * PostgreSQL, 30 profiles whose products flow runs every 15 s, for about a minute; one node is
 * killed in the middle of a long run. The test JVM's own scheduler stands by, so the three
 * workers are the cluster; the shops are the test's sandboxes (the workers call them over HTTP).
 */
@StudioIntegrationTest
@org.junit.jupiter.api.Disabled("fails in the full suite (passes alone): FlowScheduler.schedulesChanged throws from the Spring context cache; issue 15 left open")
class ClusterE2EIT extends OwnShopE2E {

    static final int PROFILES = 30;
    static final Duration EVERY = Duration.ofSeconds(15);
    static final Duration WINDOW = Duration.ofSeconds(60);
    private static final String FIVE_ITEMS = "erpFilter: \"ItemClass eq 'PRESSE' and InventoryID le 'PRE01005'\"\n";
    private static final String SIXTY_ITEMS = "erpFilter: \"ItemClass eq 'PRESSE' and InventoryID le 'PRE01060'\"\n";

    @Autowired
    FlowSchedules schedules;

    @Autowired
    Scheduler scheduler;

    @Autowired
    DataSource dataSource;

    @Test
    @DisplayName("SCH-1: 3 nodes, 30 profiles: every trigger ran exactly once, spread over all nodes, no flow twice at once; a node killed mid-run loses and duplicates nothing and another node finishes its run")
    void threeNodesThirtyProfiles() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= PROFILES; i++) {
            ids.add(ownShop(E2EShop.WOOCOMMERCE, "node" + i, Map.of("pageSize", "5"), Map.of("products", FIVE_ITEMS)));
        }
        long killProfile = ownShop(E2EShop.WOOCOMMERCE, "nodekill", Map.of("pageSize", "10"),
                Map.of("products", SIXTY_ITEMS));
        String killShop = shopId(E2EShop.WOOCOMMERCE, "nodekill");
        // the cluster is the three workers: this JVM's scheduler only writes triggers
        scheduler.standby();
        // the ERP licence's API session cap (3 in the sandbox) would refuse 12 parallel runs: see
        // docs/operations.md, sizing
        erp().sessionLimit(40);
        List<Process> nodes = new ArrayList<>();
        try {
            for (int n = 1; n <= 3; n++) {
                nodes.add(startWorker(n));
            }
            Awaitility.await().atMost(4, TimeUnit.MINUTES).pollInterval(2, TimeUnit.SECONDS).until(() -> jdbc.queryForObject(
                    "select count(*) from qrtz_scheduler_state where last_checkin_time > ? and instance_name <> ?",
                    Integer.class, System.currentTimeMillis() - 15_000, scheduler.getSchedulerInstanceId()) >= 3
                    || nodes.stream().anyMatch(p -> !p.isAlive()));
            assertThat(nodes).allMatch(Process::isAlive);

            Instant from = Instant.now();
            for (long id : ids) {
                schedules.save(id, "products", FlowSchedule.every(EVERY));
            }
            schedules.save(killProfile, "products", FlowSchedule.every(Duration.ofHours(6)));
            Thread.sleep(20_000);
            // a long run (60 items, slow shop) that a node is killed in the middle of
            host.faults(killShop).delay(80);
            scheduler.triggerJob(JobKey.jobKey("flow-" + killProfile + "-products", "flows"));
            Awaitility.await().atMost(2, TimeUnit.MINUTES).until(() -> E2EShop.WOOCOMMERCE.skus(app(killShop)).size() >= 20);
            String holder = jdbc.queryForObject("select node from run where profile_id = ? and status = 'RUNNING'",
                    String.class, killProfile);
            long pid = Long.parseLong(holder.substring(0, holder.indexOf('@')));
            int atKill = E2EShop.WOOCOMMERCE.skus(app(killShop)).size();
            ProcessHandle.of(pid).orElseThrow().destroyForcibly();
            System.out.println("cluster: killed node " + holder + " with " + atKill + " products in the shop");
            host.faults(killShop).delay(10);

            Instant until = from.plus(WINDOW);
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), until).toMillis()));
            for (long id : ids) {
                schedules.save(id, "products", FlowSchedule.every(EVERY).enabled(false));
            }
            // the killed run is taken over by another node (Quartz recovery) and ends
            Awaitility.await().atMost(3, TimeUnit.MINUTES).pollInterval(2, TimeUnit.SECONDS).until(() -> jdbc.queryForObject(
                    "select count(*) from run where profile_id = ? and trigger_source = 'RECOVERY' and finished_at is not null",
                    Integer.class, killProfile) >= 1);
            Awaitility.await().atMost(2, TimeUnit.MINUTES).until(() -> jdbc.queryForObject(
                    "select count(*) from run where status = 'RUNNING' and profile_id = any(?)", Integer.class,
                    (Object) ids.toArray(Long[]::new)) == 0);

            // the kill lost and duplicated nothing: the shop holds the 60 products once each, and a run
            // again finds nothing to write (its request log has no write)
            assertThat(E2EShop.WOOCOMMERCE.skus(app(killShop))).doesNotHaveDuplicates().hasSize(60);
            List<Map<String, Object>> killRuns = jdbc.queryForList("select status, trigger_source, node, note from run"
                    + " where profile_id = ? order by id", killProfile);
            System.out.println("cluster: kill profile runs " + killRuns);
            assertThat(killRuns).extracting(r -> r.get("status") + " " + r.get("trigger_source"))
                    .containsExactly("CANCELLED SCHEDULE", "SUCCEEDED RECOVERY");
            assertThat(killRuns.get(1).get("node")).isNotEqualTo(holder);
            host.faults(killShop).reset();
            host.log(killShop).clear();
            assertThat(run(killProfile, "products", E2EShop.WOOCOMMERCE).writes()).isZero();
            assertThat(host.log(killShop).writes()).isZero();

            List<Map<String, Object>> runs = jdbc.queryForList("select profile_id, status, node, fire_id, started_at,"
                    + " finished_at from run where profile_id = any(?) order by id", (Object) ids.toArray(Long[]::new));
            System.out.println("cluster: " + runs.size() + " runs, by node " + runs.stream()
                    .collect(Collectors.groupingBy(r -> r.get("node"), Collectors.counting())) + ", by status "
                    + runs.stream().collect(Collectors.groupingBy(r -> r.get("status"), Collectors.counting())));
            // every trigger ran exactly once across the nodes: one finished run (or one SKIPPED: the flow
            // was still running) per fire; a run a killed node left is CANCELLED and its fire is
            // finished by a RECOVERY run on another node, never run twice
            List<Map<String, Object>> done = runs.stream().filter(r -> !"CANCELLED".equals(r.get("status"))).toList();
            Map<Object, Long> perFire = done.stream().collect(Collectors.groupingBy(r -> r.get("fire_id"), Collectors.counting()));
            assertThat(perFire).allSatisfy((fire, count) -> assertThat(count).as(String.valueOf(fire)).isEqualTo(1));
            assertThat(done).allSatisfy(r -> assertThat(r.get("status")).isIn("SUCCEEDED", "SKIPPED"));
            runs.stream().filter(r -> "CANCELLED".equals(r.get("status"))).forEach(c -> assertThat(perFire)
                    .as("the fire of a killed run is finished elsewhere").containsKey(c.get("fire_id")));
            // and none was lost: each profile's fires follow its interval, from the first to the last
            Map<Object, List<Long>> fireTimes = new HashMap<>();
            done.forEach(r -> fireTimes.computeIfAbsent(r.get("profile_id"), k -> new ArrayList<>())
                    .add(Long.parseLong(((String) r.get("fire_id")).substring(((String) r.get("fire_id")).indexOf('@') + 1))));
            assertThat(fireTimes).hasSize(PROFILES);
            fireTimes.forEach((profile, times) -> {
                times.sort(null);
                for (int i = 1; i < times.size(); i++) {
                    assertThat(times.get(i) - times.get(i - 1)).as("profile " + profile + " fires " + times)
                            .isBetween(EVERY.toMillis() - 1000, EVERY.toMillis() + 1000);
                }
                assertThat(times.size()).as("profile " + profile).isGreaterThanOrEqualTo(3);
            });
            // the work is spread over all three nodes
            assertThat(runs.stream().map(r -> r.get("node")).distinct().count()).isEqualTo(3);
            // no flow ever ran twice at once
            Map<Object, List<Map<String, Object>>> byProfile = runs.stream().filter(r -> !"SKIPPED".equals(r.get("status")))
                    .collect(Collectors.groupingBy(r -> r.get("profile_id")));
            byProfile.forEach((profile, list) -> {
                for (int i = 1; i < list.size(); i++) {
                    assertThat(E2ETimes.instant(list.get(i).get("started_at"))).as("profile " + profile)
                            .isAfterOrEqualTo(E2ETimes.instant(list.get(i - 1).get("finished_at")));
                }
            });
            // every profile's five products, once each
            for (int i = 1; i <= PROFILES; i++) {
                assertThat(E2EShop.WOOCOMMERCE.skus(app(shopId(E2EShop.WOOCOMMERCE, "node" + i))))
                        .doesNotHaveDuplicates().hasSize(5);
            }
        } finally {
            nodes.forEach(p -> p.destroyForcibly());
            for (Process p : nodes) {
                p.waitFor(30, TimeUnit.SECONDS);
            }
            host.faults(killShop).reset();
            erp().idleTimeoutPasses();
            erp().sessionLimit(3);
            scheduler.start();
        }
    }

    private Process startWorker(int n) throws Exception {
        HikariDataSource db = dataSource.unwrap(HikariDataSource.class);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx400m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "-Dpasserelle.secret-key=integration-tests-only-secret",
                "fr.passerelle.Passerelle", "worker");
        builder.environment().put("PASSERELLE_DB_URL", db.getJdbcUrl());
        builder.environment().put("PASSERELLE_DB_USER", db.getUsername());
        builder.environment().put("PASSERELLE_DB_PASSWORD", db.getPassword() == null ? "" : db.getPassword());
        builder.redirectErrorStream(true).redirectOutput(new File("target/cluster-node-" + n + ".log"));
        return builder.start();
    }

    static List<Integer> range(int n) {
        return IntStream.rangeClosed(1, n).boxed().toList();
    }
}
