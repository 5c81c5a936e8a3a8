package fr.passerelle.webhook;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * One orders import at a time per profile on this node: a webhook and the reconciliation poll
 * that meet on the same order then run one after the other, and the second finds the first's id
 * link (unchanged payload: nothing written). Across nodes the orders flow's own lookup before
 * create (the ERP searched by the document reference) is what stops a duplicate.
 */
@Component
class ProfileLocks {

    private final Map<Long, ReentrantLock> locks = new ConcurrentHashMap<>();

    <T> T run(long profileId, Supplier<T> work) {
        ReentrantLock lock = locks.computeIfAbsent(profileId, id -> new ReentrantLock());
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
