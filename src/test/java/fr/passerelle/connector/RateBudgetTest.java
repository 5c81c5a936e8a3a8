package fr.passerelle.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** One budget per shop host: a 429 seen by one flow slows every flow of that shop. */
class RateBudgetTest {

    @Test
    void everySessionToTheSameHostSharesOneBudget() {
        assertThat(RateBudget.forUrl("https://boutique.example.fr/wp-json/wc/v3"))
                .isSameAs(RateBudget.forUrl("https://BOUTIQUE.example.fr/wp-json/wc/v3/products"))
                .isNotSameAs(RateBudget.forUrl("https://autre.example.fr/"));
    }

    @Test
    void aPauseAskedByOneFlowMakesTheOthersWait() throws Exception {
        RateBudget budget = RateBudget.forUrl("http://throttled-shop.test:8080/");
        long pausedAt = System.nanoTime();
        budget.pauseFor(Duration.ofMillis(300)); // one flow got 429 with Retry-After
        AtomicLong releasedAt = new AtomicLong();

        Thread otherFlow = Thread.ofVirtual().start(() -> {
            try {
                budget.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            releasedAt.set(System.nanoTime());
        });
        otherFlow.join();

        assertThat((releasedAt.get() - pausedAt) / 1_000_000).isGreaterThanOrEqualTo(300);
    }

    @Test
    void aPauseSeenByOneNodeReachesAnotherThroughTheSharedStore() throws Exception {
        RateBudgetStore shared = RateBudgetStore.inMemory();
        RateBudget nodeA = RateBudget.separate("http://shared-shop.test/", shared, Duration.ofMillis(100));
        RateBudget nodeB = RateBudget.separate("http://shared-shop.test/api", shared, Duration.ofMillis(100));
        nodeB.acquire(); // B has just read the store: nothing paused yet

        nodeA.pauseFor(Duration.ofMillis(600));
        long pausedAt = System.nanoTime();
        Thread.sleep(150); // B's cached view is now older than its refresh interval
        nodeB.acquire();

        // B waited for A's pause, less the refresh delay at most
        assertThat((System.nanoTime() - pausedAt) / 1_000_000).isGreaterThanOrEqualTo(500);
    }

    @Test
    void aStoreThatFailsLeavesTheLocalBudgetWorking() throws Exception {
        RateBudgetStore broken = new RateBudgetStore() {
            @Override
            public void pause(String host, Duration wait) {
                throw new IllegalStateException("database down");
            }

            @Override
            public Duration remainingPause(String host) {
                throw new IllegalStateException("database down");
            }
        };
        RateBudget budget = RateBudget.separate("http://lonely-shop.test/", broken, Duration.ZERO);
        long pausedAt = System.nanoTime();
        budget.pauseFor(Duration.ofMillis(200));

        budget.acquire();

        assertThat((System.nanoTime() - pausedAt) / 1_000_000).isGreaterThanOrEqualTo(200);
    }

    @Test
    void aSteadyRateSpacesRequests() throws Exception {
        RateBudget budget = RateBudget.forUrl("http://steady-shop.test/");
        budget.limitTo(20); // one request every 50 ms

        long start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            budget.acquire();
        }

        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(190);
    }
}
