package fr.passerelle.sandbox.erp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The licence's API seats (issue 17, point 1): Acumatica refuses a login past the cap ("API Login
 * Limit") until a session logs out or idles out; the studio's demo takes back the idlest seat
 * instead, so three logins by a stranger cannot lock the demo profiles out.
 */
class ErpSeatsTest {

    /** A clock the test moves on. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-02T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    @Test
    void likeAcumaticaALoginPastTheCapIsRefusedUntilALogoutOrTheIdleTimeout() {
        MovingClock clock = new MovingClock();
        SessionRegistry seats = new SessionRegistry(clock, 3, Duration.ofMinutes(20));
        String first = seats.open().orElseThrow();
        seats.open().orElseThrow();
        seats.open().orElseThrow();

        assertThat(seats.open()).as("API Login Limit").isEmpty();
        seats.close(first);
        assertThat(seats.open()).as("a logout frees its seat").isPresent();
        assertThat(seats.open()).isEmpty();
        clock.advance(Duration.ofMinutes(21));
        assertThat(seats.open()).as("idle sessions time out").isPresent();
    }

    @Test
    void inTheStudiosDemoALoginPastTheCapTakesTheIdlestSeatWhoseNextCallIsRefused() {
        MovingClock clock = new MovingClock();
        SessionRegistry seats = new SessionRegistry(clock, 3, Duration.ofMinutes(20));
        seats.reclaimIdlest(true);
        String strangerA = seats.open().orElseThrow();
        clock.advance(Duration.ofSeconds(1));
        String strangerB = seats.open().orElseThrow();
        clock.advance(Duration.ofSeconds(1));
        String strangerC = seats.open().orElseThrow();
        clock.advance(Duration.ofSeconds(1));
        assertThat(seats.touch(strangerA)).isTrue(); // A is now the most recently used

        String demoRun = seats.open().orElseThrow();

        assertThat(seats.count()).isEqualTo(3);
        assertThat(seats.touch(demoRun)).isTrue();
        assertThat(seats.touch(strangerB)).as("the idlest seat was taken back: 401 on its next call").isFalse();
        assertThat(seats.touch(strangerA)).isTrue();
        assertThat(seats.touch(strangerC)).isTrue();
    }

    @Test
    void theErpSandboxOffersTheDemoPolicyWhileItsDefaultStaysAcumaticas() {
        ErpSandbox erp = new ErpSandbox(ErpSandbox.Options.defaults().withItems(50));
        String login = "{\"name\":\"admin\",\"password\":\"Sandbox!2024\"}";
        for (int i = 0; i < 3; i++) {
            assertThat(erp.handle(ErpRequests.post("/entity/auth/login", login)).status()).isEqualTo(204);
        }
        assertThat(erp.handle(ErpRequests.post("/entity/auth/login", login)).status()).isEqualTo(429);

        erp.reclaimIdlestSeat(true);

        assertThat(erp.handle(ErpRequests.post("/entity/auth/login", login)).status()).isEqualTo(204);
        assertThat(erp.sessionCount()).isEqualTo(3);
    }
}
