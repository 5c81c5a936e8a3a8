package fr.passerelle.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Maps batches of records on worker threads, watched: a record whose evaluation does not come
 * back within its plan's budget (plus a grace) is abandoned, fails with "took longer than ...",
 * and the batch goes on from the next record on a fresh worker.
 *
 * <p>Every step of the language is bounded and checks the budget (see {@code dsl/README.md}), so
 * this should never fire; it is the backstop for the step nobody thought of. A Java thread that
 * spins cannot be stopped, only left behind: the abandoned worker is a daemon, told to stop at its
 * next budget check, and its late answer is ignored. One hand-off per batch (a page of the engine,
 * a chunk of {@code map}), one volatile write per record: the flat fast path stays a direct read.
 */
public final class Watchdog {

    private static final AtomicInteger WORKERS = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(task -> Thread.ofPlatform().daemon()
            .name("passerelle-mapping-" + WORKERS.incrementAndGet()).unstarted(task));
    /** How often the watching thread looks at the worker. */
    private static final long POLL_MILLIS = 50;

    private Watchdog() {
    }

    /** Where a worker is: the index of the record it maps and when it began it (coarse milliseconds). */
    private static final class Progress {
        volatile int current = -1;
        volatile long startedAt;
        volatile boolean abandoned;

        boolean isAbandoned() {
            return abandoned;
        }
    }

    /** The grace beyond the budget before a record is abandoned: half the budget, at least 250 ms. */
    static long graceMillis(MappingPlan plan) {
        return Math.max(250, plan.budget().toMillis() / 2);
    }

    /** Maps every record, in order; the result list has one entry per record. */
    public static List<MappingResult> applyAll(MappingPlan plan, List<? extends Map<String, ?>> records, Map<String, ?> profile) {
        int n = records.size();
        AtomicReferenceArray<MappingResult> results = new AtomicReferenceArray<>(n);
        long limit = plan.budget().toMillis() + graceMillis(plan);
        int from = 0;
        while (from < n) {
            Progress progress = new Progress();
            int start = from;
            Future<?> worker = POOL.submit(() -> {
                for (int i = start; i < n && !progress.abandoned; i++) {
                    progress.startedAt = CoarseClock.millis();
                    progress.current = i;
                    results.compareAndSet(i, null, plan.apply(records.get(i), profile, progress::isAbandoned));
                }
            });
            from = watch(worker, progress, results, limit, n, plan);
            if (Thread.currentThread().isInterrupted()) {
                // The run is being stopped: no new worker; what is left maps here, still under its budget checks.
                for (int i = Math.max(from, progress.current); i < n; i++) {
                    results.compareAndSet(i, null, plan.apply(records.get(i), profile));
                }
                from = n;
            }
        }
        List<MappingResult> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(results.get(i));
        }
        return out;
    }

    /** Waits for the worker; answers where to go on from (n when the batch is done). */
    private static int watch(Future<?> worker, Progress progress, AtomicReferenceArray<MappingResult> results, long limit,
            int n, MappingPlan plan) {
        while (true) {
            try {
                worker.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                return n;
            } catch (TimeoutException stillRunning) {
                int stuck = progress.current;
                if (stuck >= 0 && CoarseClock.millis() - progress.startedAt > limit) {
                    progress.abandoned = true;
                    worker.cancel(true);
                    results.compareAndSet(stuck, null, new MappingResult.Failed(null, "record", "the record took longer than "
                            + describe(plan) + " (its time budget) and was abandoned"));
                    return stuck + 1;
                }
            } catch (InterruptedException e) {
                // The run is being stopped: leave the worker (it stops at its next record) and hand the
                // interrupt on; the caller maps what is left itself rather than wait for a stuck record.
                progress.abandoned = true;
                Thread.currentThread().interrupt();
                return Math.max(progress.current, 0);
            } catch (ExecutionException e) {
                throw new IllegalStateException("mapping worker failed", e.getCause());
            }
        }
    }

    private static String describe(MappingPlan plan) {
        long millis = plan.budget().toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
