package fr.passerelle.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Quartz keeps its schedules in PostgreSQL in clustered mode, so several engine nodes share the work (SCH-1). */
@StudioIntegrationTest
class QuartzClusterIT {

    @Autowired
    Scheduler scheduler;

    @Autowired
    DataSource dataSource;

    @Test
    void theSchedulerIsAClusteredJdbcStoreCheckingInToPostgres() throws Exception {
        var meta = scheduler.getMetaData();

        assertThat(meta.isJobStoreClustered()).isTrue();
        assertThat(meta.isJobStoreSupportsPersistence()).isTrue();
        Awaitility.await().atMost(30, TimeUnit.SECONDS).untilAsserted(() ->
                assertThat(new JdbcTemplate(dataSource).queryForObject(
                        "select count(*) from qrtz_scheduler_state where instance_name = ?", Integer.class,
                        scheduler.getSchedulerInstanceId())).isEqualTo(1));
    }
}
