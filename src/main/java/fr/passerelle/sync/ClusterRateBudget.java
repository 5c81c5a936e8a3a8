package fr.passerelle.sync;

import fr.passerelle.connector.RateBudget;
import fr.passerelle.connector.RateBudgetStore;

/**
 * While the studio (or a headless command on its database) runs, the shop hosts' pauses go
 * through PostgreSQL, so every node of the cluster honours a 429 or a THROTTLED bucket that one
 * of them met. Closing the context puts the process back on its in-memory store (tests start
 * several contexts in one JVM; a closed database must not be asked).
 */
final class ClusterRateBudget implements AutoCloseable {

    ClusterRateBudget(RateBudgetStore store) {
        RateBudget.shareThrough(store);
    }

    @Override
    public void close() {
        RateBudget.shareThrough(RateBudgetStore.inMemory());
    }
}
