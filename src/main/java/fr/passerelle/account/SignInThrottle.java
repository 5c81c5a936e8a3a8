package fr.passerelle.account;

import fr.passerelle.store.SignInThrottleRepository;
import fr.passerelle.store.SignInThrottleRepository.Entry;
import fr.passerelle.store.SignInThrottleRepository.Kind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Counts failed sign-ins per account and per client address and decides whether the next
 * attempt may even be checked ({@link SignInProperties} has the numbers). A refused attempt
 * never reaches the password check: a locked account refuses its right password too, and a
 * flood of attempts costs no bcrypt time. Every failure and every lock is logged; an
 * administrator sees the counts ({@link #entries()}) and lifts them ({@link #lift}).
 */
@Service
public class SignInThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);

    /** Why an attempt is refused before its password is checked, and until when. */
    public record Refusal(Kind kind, boolean locked, Instant until) {
    }

    private final ThrottleStore store;
    private final SignInProperties policy;
    private final Clock clock;
    /** When counts older than {@code forgetAfter} were last deleted (a spray of made-up names must not grow the table). */
    private volatile Instant cleanedAt = Instant.EPOCH;

    @Autowired
    SignInThrottle(SignInThrottleRepository store, SignInProperties policy) {
        this(ThrottleStore.of(store), policy, Clock.systemUTC());
    }

    SignInThrottle(ThrottleStore store, SignInProperties policy, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Whether an attempt for {@code username} from {@code address} is refused unchecked. An attempt
     * inside a growing delay counts as a failure; one during a lock does not (the lock ends when it said).
     */
    public Optional<Refusal> refusal(String username, String address) {
        Instant now = clock.instant();
        Optional<Refusal> refusal = refusalOf(Kind.ACCOUNT, accountKey(username), now)
                .or(() -> refusalOf(Kind.ADDRESS, address, now));
        refusal.filter(r -> !r.locked()).ifPresent(r -> failed(username, address));
        return refusal;
    }

    /** Counts a failed attempt on both keys, locking those that reach their limit. */
    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (now.isAfter(cleanedAt.plus(Duration.ofMinutes(10)))) {
            cleanedAt = now;
            store.deleteOlderThan(now.minus(policy.forgetAfter()));
        }
        String account = accountKey(username);
        Entry byAccount = count(Kind.ACCOUNT, account, address, now);
        Entry byAddress = count(Kind.ADDRESS, address, address, now);
        LOG.info("Sign-in failed for account '{}' from {} ({} failures for the account, {} for the address)",
                printable(account), printable(address), byAccount.failures(), byAddress.failures());
        Instant lockEnd = now.plus(policy.lockDuration());
        if (lockEnd.equals(byAccount.lockedUntil())) {
            logLock("account '" + printable(account) + "'", byAccount);
        }
        if (lockEnd.equals(byAddress.lockedUntil())) {
            logLock("address " + printable(address), byAddress);
        }
    }

    /** A successful sign-in clears the account's count (not the address's: one good account must not launder a spray). */
    public void succeeded(String username) {
        store.delete(Kind.ACCOUNT, accountKey(username));
    }

    public List<Entry> entries() {
        store.deleteOlderThan(clock.instant().minus(policy.forgetAfter()));
        return store.findAll();
    }

    /** An administrator lifts a lock (and forgets the count) of one account or address. */
    public boolean lift(Kind kind, String key, String byWhom) {
        boolean lifted = store.delete(kind, key);
        if (lifted) {
            LOG.warn("Sign-in throttle of {} '{}' lifted by '{}'", kind.name().toLowerCase(Locale.ROOT), printable(key),
                    printable(byWhom));
        }
        return lifted;
    }

    static String accountKey(String username) {
        String key = username.strip().toLowerCase(Locale.ROOT);
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    private Optional<Refusal> refusalOf(Kind kind, String key, Instant now) {
        Optional<Entry> entry = store.find(kind, key);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        Entry e = entry.get();
        if (e.lockedUntil() != null && e.lockedUntil().isAfter(now)) {
            return Optional.of(new Refusal(kind, true, e.lockedUntil()));
        }
        if (e.nextAttemptAt() != null && e.nextAttemptAt().isAfter(now)) {
            return Optional.of(new Refusal(kind, false, e.nextAttemptAt()));
        }
        return Optional.empty();
    }

    private Entry count(Kind kind, String key, String address, Instant now) {
        int delayAfter = kind == Kind.ACCOUNT ? policy.accountDelayAfter() : policy.addressDelayAfter();
        int lockAfter = kind == Kind.ACCOUNT ? policy.accountLockAfter() : policy.addressLockAfter();
        return store.update(kind, key, now, e -> {
            boolean forgotten = e.failures() > 0 && e.lastFailureAt().isBefore(now.minus(policy.forgetAfter()));
            int failures = (forgotten ? 0 : e.failures()) + 1;
            Instant next = failures >= delayAfter ? now.plus(delay(failures - delayAfter)) : null;
            @Nullable Instant locked = forgotten ? null : e.lockedUntil();
            if (failures >= lockAfter && (locked == null || !locked.isAfter(now))) {
                // past the limit, every failure after a lock ended locks again (until forgotten, lifted, or a success)
                locked = now.plus(policy.lockDuration());
            }
            return new Entry(kind, key, failures, now, next, locked, kind == Kind.ACCOUNT ? address : null);
        });
    }

    /** 1 s, 2 s, 4 s ... up to the maximum. */
    private Duration delay(int step) {
        Duration delay = policy.firstDelay();
        for (int i = 0; i < step && delay.compareTo(policy.maxDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : delay;
    }

    private void logLock(String what, Entry entry) {
        LOG.warn("Sign-in locked: {} until {} after {} failures{}", what, entry.lockedUntil(), entry.failures(),
                entry.lastAddress() == null ? "" : " (last from " + printable(entry.lastAddress()) + ")");
    }

    /** A user name as typed may hold anything: keep the log to one readable line. */
    static String printable(String text) {
        String cleaned = text.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return cleaned.length() > 80 ? cleaned.substring(0, 80) + "..." : cleaned;
    }
}
