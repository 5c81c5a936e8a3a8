package fr.passerelle.account;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.store.SignInThrottleRepository.Kind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The sign-in throttle's numbers (issue 17, point 2) with a clock the test moves: 5 failures of an
 * account, then delays doubling from 1 s to 30 s; 30 failures lock it for 15 minutes, the right
 * password included; per address: delays from 10, lock at 100.
 */
class SignInThrottleTest {

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

    private final MovingClock clock = new MovingClock();
    private final SignInThrottle throttle = new SignInThrottle(ThrottleStore.inMemory(), SignInProperties.defaults(),
            clock);

    /** One attempt with a wrong password, as the provider makes it: refused unchecked, or checked and failed. */
    private boolean wrongAttempt(String user, String address) {
        if (throttle.refusal(user, address).isPresent()) {
            return false;
        }
        throttle.failed(user, address);
        return true;
    }

    @Test
    void fourFailuresCostNothingTheFifthStartsADelayThatDoubles() {
        for (int i = 0; i < 4; i++) {
            assertThat(wrongAttempt("durand", "10.0.0.7")).isTrue();
            assertThat(throttle.refusal("durand", "10.0.0.7")).isEmpty();
        }
        throttle.failed("durand", "10.0.0.7"); // the 5th
        var refusal = throttle.refusal("durand", "10.0.0.7");
        assertThat(refusal).get().satisfies(r -> {
            assertThat(r.locked()).isFalse();
            assertThat(r.until()).isEqualTo(clock.instant().plusSeconds(1));
        });
        // that attempt inside the delay counted: 6 failures, the next delay is 2 s
        assertThat(throttle.entries()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(Kind.ACCOUNT);
            assertThat(e.failures()).isEqualTo(6);
            assertThat(e.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(2));
        });
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.refusal("durand", "10.0.0.7")).as("the delay is over").isEmpty();
        throttle.failed("durand", "10.0.0.7"); // 7th: 4 s
        assertThat(throttle.refusal("durand", "10.0.0.7")).get().extracting(SignInThrottle.Refusal::until)
                .isEqualTo(clock.instant().plusSeconds(4));
    }

    @Test
    void thirtyFailuresLockTheAccountForFifteenMinutesEvenForTheRightPassword() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("durand", "203.0.113." + i); // every address different: the account alone locks
        }
        var refusal = throttle.refusal("durand", "198.51.100.1");
        assertThat(refusal).get().satisfies(r -> {
            assertThat(r.locked()).isTrue();
            assertThat(r.kind()).isEqualTo(Kind.ACCOUNT);
            assertThat(r.until()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
        });
        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(throttle.refusal("durand", "198.51.100.1")).get().extracting(SignInThrottle.Refusal::locked)
                .isEqualTo(true);
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.refusal("durand", "198.51.100.1")).as("the lock ended").isEmpty();
        throttle.succeeded("durand");
        assertThat(throttle.entries()).noneMatch(e -> e.kind() == Kind.ACCOUNT);
    }

    @Test
    void afterALockEndsTheNextFailureLocksAgainUntilForgotten() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("durand", "203.0.113.9");
        }
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.refusal("durand", "203.0.113.10")).isEmpty();
        throttle.failed("durand", "203.0.113.10");
        assertThat(throttle.refusal("durand", "203.0.113.10")).get().extracting(SignInThrottle.Refusal::locked)
                .isEqualTo(true);
        clock.advance(Duration.ofMinutes(16).plusHours(1));
        throttle.failed("durand", "203.0.113.10");
        assertThat(throttle.refusal("durand", "203.0.113.10")).as("an hour without failures: counted from zero")
                .isEmpty();
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowedAndThenLocked() {
        for (int i = 0; i < 9; i++) {
            assertThat(wrongAttempt("user" + i, "192.0.2.50")).isTrue();
        }
        throttle.failed("user9", "192.0.2.50");
        assertThat(throttle.refusal("someone-else", "192.0.2.50")).get()
                .satisfies(r -> assertThat(r.kind()).isEqualTo(Kind.ADDRESS));
        for (int i = 11; i <= 100; i++) {
            throttle.failed("user" + i, "192.0.2.50");
        }
        assertThat(throttle.refusal("another", "192.0.2.50")).get().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Kind.ADDRESS);
            assertThat(r.locked()).isTrue();
        });
        assertThat(throttle.refusal("another", "192.0.2.51")).isEmpty();
    }

    @Test
    void anAdministratorSeesAndLiftsALock() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("Durand", "203.0.113.9");
        }
        assertThat(throttle.entries()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(Kind.ACCOUNT);
            assertThat(e.key()).isEqualTo("durand");
            assertThat(e.failures()).isEqualTo(30);
            assertThat(e.lastAddress()).isEqualTo("203.0.113.9");
            assertThat(e.lockedUntil()).isNotNull();
        });

        assertThat(throttle.lift(Kind.ACCOUNT, "durand", "admin")).isTrue();
        assertThat(throttle.lift(Kind.ADDRESS, "203.0.113.9", "admin")).isTrue();

        assertThat(throttle.refusal("durand", "203.0.113.9")).isEmpty();
    }

    @Test
    void userNamesAreLoggedOnOneLine() {
        assertThat(SignInThrottle.printable("evil\nINFO forged line")).doesNotContain("\n");
    }
}
