package fr.passerelle.plan;

/**
 * Monotonic milliseconds (from {@code System.nanoTime()}, immune to wall-clock jumps) read from a volatile field that a daemon thread refreshes every 2 ms. Budget
 * checks run between every step of every record: a volatile read costs about a nanosecond where
 * {@code System.nanoTime()} costs twenty, and a 2 ms resolution is plenty for a 1 s budget.
 */
final class CoarseClock {

    private static volatile long now = System.nanoTime() / 1_000_000;

    static {
        Thread ticker = Thread.ofPlatform().daemon().name("passerelle-plan-clock").unstarted(() -> {
            while (true) {
                now = System.nanoTime() / 1_000_000;
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
        ticker.start();
    }

    private CoarseClock() {
    }

    static long millis() {
        return now;
    }
}
