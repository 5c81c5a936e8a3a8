package fr.passerelle.bench;

import fr.passerelle.plan.MappingPlan;
import java.util.List;
import java.util.Map;

/**
 * A load-robust cross-check of the JMH figures: the plan and both hand-written variants map the
 * same 1,000 items in turn, round after round, so that a machine shared with other builds slows
 * all three alike. Not a test; run with
 * {@code java -cp target/test-classes:target/classes:$(cat target/bench.cp) fr.passerelle.bench.InterleavedComparison}.
 */
public final class InterleavedComparison {

    private static final int ROUNDS = 400;
    private static final int WARM_UP_ROUNDS = 100;

    private static volatile Object sink;

    private InterleavedComparison() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("orders")) {
            orders();
            return;
        }
        List<Map<String, Object>> items = ItemGenerator.items(1_000);
        MappingPlan plan = BenchmarkPlans.products();
        HandWrittenProductMapper natural = new HandWrittenProductMapper();
        HandWrittenProductMapper tuned = new HandWrittenProductMapper(true);
        long planNanos = 0;
        long naturalNanos = 0;
        long tunedNanos = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            for (Map<String, Object> item : items) {
                sink = plan.apply(item, Map.of());
            }
            long afterPlan = System.nanoTime();
            for (Map<String, Object> item : items) {
                sink = natural.map(item);
            }
            long afterNatural = System.nanoTime();
            for (Map<String, Object> item : items) {
                sink = tuned.map(item);
            }
            long afterTuned = System.nanoTime();
            if (round >= WARM_UP_ROUNDS) {
                planNanos += afterPlan - start;
                naturalNanos += afterNatural - afterPlan;
                tunedNanos += afterTuned - afterNatural;
            }
        }
        long records = (long) (ROUNDS - WARM_UP_ROUNDS) * items.size();
        System.out.printf("plan %d ns/record, handWritten %d, handWrittenLoopSlug %d; plan/handWritten %.2f, plan/handWrittenLoopSlug %.2f%n",
                planNanos / records, naturalNanos / records, tunedNanos / records,
                (double) planNanos / naturalNanos, (double) planNanos / tunedNanos);
    }

    /** The order-with-lines document against {@link HandWrittenOrderMapper}, interleaved the same way. */
    private static void orders() {
        List<Map<String, Object>> orders = OrderGenerator.orders(1_000);
        MappingPlan plan = BenchmarkPlans.orders();
        HandWrittenOrderMapper handWritten = new HandWrittenOrderMapper();
        long planNanos = 0;
        long handNanos = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            for (Map<String, Object> order : orders) {
                sink = plan.apply(order, Map.of());
            }
            long afterPlan = System.nanoTime();
            for (Map<String, Object> order : orders) {
                sink = handWritten.map(order);
            }
            long afterHand = System.nanoTime();
            if (round >= WARM_UP_ROUNDS) {
                planNanos += afterPlan - start;
                handNanos += afterHand - afterPlan;
            }
        }
        long records = (long) (ROUNDS - WARM_UP_ROUNDS) * orders.size();
        System.out.printf("orders: plan %d ns/order, handWritten %d; plan/handWritten %.2f%n",
                planNanos / records, handNanos / records, (double) planNanos / handNanos);
    }
}
