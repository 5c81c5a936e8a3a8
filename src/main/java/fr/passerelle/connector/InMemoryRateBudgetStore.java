package fr.passerelle.connector;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Pauses per host in this process, on the monotonic clock. */
final class InMemoryRateBudgetStore implements RateBudgetStore {

    private final Map<String, Long> pausedUntilNanos = new ConcurrentHashMap<>();

    @Override
    public void pause(String host, Duration wait) {
        long until = System.nanoTime() + wait.toNanos();
        pausedUntilNanos.merge(host, until, (a, b) -> a - b > 0 ? a : b);
    }

    @Override
    public Duration remainingPause(String host) {
        Long until = pausedUntilNanos.get(host);
        return until == null ? Duration.ZERO : Duration.ofNanos(Math.max(0, until - System.nanoTime()));
    }
}
