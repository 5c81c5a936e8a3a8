package fr.passerelle.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sign-in throttle, bound from {@code passerelle.sign-in.*}. Failures are counted per
 * account and per client address; past {@code *DelayAfter} failures each further attempt must
 * wait a delay that doubles from {@code firstDelay} up to {@code maxDelay} (an attempt inside
 * the delay is refused unchecked, and counts); at {@code *LockAfter} failures the key is locked
 * for {@code lockDuration}. Counts are forgotten after {@code forgetAfter} without failures.
 */
@ConfigurationProperties("passerelle.sign-in")
public record SignInProperties(
        @DefaultValue("5") int accountDelayAfter,
        @DefaultValue("30") int accountLockAfter,
        @DefaultValue("10") int addressDelayAfter,
        @DefaultValue("100") int addressLockAfter,
        @DefaultValue("1s") Duration firstDelay,
        @DefaultValue("30s") Duration maxDelay,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("1h") Duration forgetAfter) {

    public static SignInProperties defaults() {
        return new SignInProperties(5, 30, 10, 100, Duration.ofSeconds(1), Duration.ofSeconds(30),
                Duration.ofMinutes(15), Duration.ofHours(1));
    }
}
