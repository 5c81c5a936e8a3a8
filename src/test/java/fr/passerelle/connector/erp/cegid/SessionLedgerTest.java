package fr.passerelle.connector.erp.cegid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which sessions are logged out when the licence refuses one more. */
class SessionLedgerTest {

    private Instant now = Instant.parse("2026-11-28T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void logsOutOnlySessionsIdleLongerThanTheLimitInTheSameScope() {
        SessionLedger ledger = new SessionLedger(clock);
        List<String> loggedOut = new ArrayList<>();
        ledger.register("erp-a|admin", () -> loggedOut.add("old"));
        ledger.register("erp-b|admin", () -> loggedOut.add("other instance"));
        now = now.plus(Duration.ofMinutes(15));
        SessionLedger.Entry busy = ledger.register("erp-a|admin", () -> loggedOut.add("busy"));
        now = now.plus(Duration.ofMinutes(5));
        ledger.touch(busy);

        int freed = ledger.logoutStale("erp-a|admin", Duration.ofMinutes(10));

        assertThat(freed).isEqualTo(1);
        assertThat(loggedOut).containsExactly("old");
        assertThat(ledger.count("erp-a|admin")).isEqualTo(1);
        assertThat(ledger.count("erp-b|admin")).isEqualTo(1);
    }

    @Test
    void aClosedSessionIsNeverLoggedOutAgain() {
        SessionLedger ledger = new SessionLedger(clock);
        List<String> loggedOut = new ArrayList<>();
        SessionLedger.Entry entry = ledger.register("erp|admin", () -> loggedOut.add("x"));
        ledger.remove("erp|admin", entry);
        now = now.plus(Duration.ofHours(1));
        assertThat(ledger.logoutStale("erp|admin", Duration.ZERO)).isZero();
        assertThat(loggedOut).isEmpty();
    }
}
