package fr.passerelle.plan;

/**
 * Milliseconds read from a volatile field that a daemon thread refreshes every 2 ms. Budget
 * checks run between every step of every record: a volatile read costs about a nanosecond where
 * {@code System.nanoTime()} costs twenty, and a 2 ms resolution is plenty for a 1 s budget.
 */
final class CoarseClock {

    private static volatile long now = System.currentTimeMillis();

    static {
        Thread ticker = Thread.ofPlatform().daemon().name("passerelle-plan-clock").unstarted(() -> {
            while (true) {
                now = System.currentTimeMillis();
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
