package fr.passerelle.connector;

import java.time.Duration;

/**
 * Where the pauses of the shop hosts are shared beyond one {@link RateBudget}: the port that makes
 * the budget cluster-wide. A shop's limits (Shopify's cost bucket, a host answering 429) apply to
 * every node calling it, so a pause one node is told about must hold for the others too. The
 * studio stores pauses in PostgreSQL ({@code store.PostgresRateBudgetStore}); the command line
 * and tests without a database use {@link #inMemory()}.
 *
 * <p>Durations rather than instants: an implementation measures them on one clock (the
 * database's), so nodes whose clocks disagree still agree on when a pause ends.
 */
public interface RateBudgetStore {

    /** Records that {@code host} must not be called for {@code wait} from now; a later pause already recorded stays. */
    void pause(String host, Duration wait);

    /** How long {@code host} remains paused; zero when it is not. */
    Duration remainingPause(String host);

    /** Pauses shared by the budgets of this process only: what the command line uses. */
    static RateBudgetStore inMemory() {
        return new InMemoryRateBudgetStore();
    }
}
