package fr.passerelle.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sandboxes' request log is a ring of the last 10,000 requests (issue 17, point 1). */
class RequestLogTest {

    @Test
    void keepsTheLastTenThousandRequestsAndStillCountsEveryWrite() {
        RequestLog log = new RequestLog();
        for (int i = 0; i < 25_000; i++) {
            log.add(new RequestLog.Entry(i % 2 == 0 ? "POST" : "GET", "/p/" + i, "", 200));
        }

        assertThat(log.entries()).hasSize(RequestLog.CAPACITY).hasSize(10_000);
        assertThat(log.entries().get(0).path()).isEqualTo("/p/15000");
        assertThat(log.entries().get(9_999).path()).isEqualTo("/p/24999");
        assertThat(log.count(RequestLog.Entry::isWrite)).isEqualTo(5_000);
        assertThat(log.writes()).as("writes since the last clear, kept or dropped").isEqualTo(12_500);
        assertThat(log.total()).isEqualTo(25_000);

        log.clear();
        assertThat(log.entries()).isEmpty();
        assertThat(log.writes()).isZero();
    }
}
