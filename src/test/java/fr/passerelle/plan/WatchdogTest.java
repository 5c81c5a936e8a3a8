package fr.passerelle.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The watchdog of issue 10, point 2: an evaluation that does not come back in time is abandoned,
 * its record fails with "took longer than", and the records after it are mapped.
 */
class WatchdogTest {

    /** A step that never checks the budget and comes back only after {@code millis}: what the watchdog exists for. */
    private record Stubborn(long millis) implements CompiledExpression {
        @Override
        public @Nullable Object evaluate(EvaluationContext context) {
            if (!"slow".equals(context.field("kind"))) {
                return context.field("kind");
            }
            long end = System.nanoTime() + millis * 1_000_000;
            while (System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            return "late";
        }

        @Override
        public String source() {
            return "stubborn()";
        }
    }

    private record Field(String name) implements CompiledExpression {
        @Override
        public @Nullable Object evaluate(EvaluationContext context) {
            return context.field(name);
        }

        @Override
        public String source() {
            return name;
        }
    }

    private static MappingPlan plan(Duration budget) {
        return new MappingPlan("f", "s", "t", new Field("id"), null, Map.of(), List.of(),
                List.of(new FieldMapping(TargetPathSyntax.parse("v"), new Stubborn(3_000))), List.of(), 1, "hash", budget);
    }

    @Test
    void aRecordThatNeverComesBackInTimeIsAbandonedAndTheNextRecordsAreMapped() {
        MappingPlan plan = plan(Duration.ofMillis(200));
        List<Map<String, String>> records = List.of(Map.of("id", "1", "kind", "a"), Map.of("id", "2", "kind", "slow"),
                Map.of("id", "3", "kind", "b"), Map.of("id", "4", "kind", "c"));
        long start = System.nanoTime();
        List<MappingResult> results = Watchdog.applyAll(plan, records, Map.of());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(results).hasSize(4);
        assertThat(results.get(0)).isEqualTo(new MappingResult.Mapped("1", Map.of("v", "a")));
        assertThat(results.get(1)).isInstanceOf(MappingResult.Failed.class);
        assertThat(((MappingResult.Failed) results.get(1)).error())
                .isEqualTo("the record took longer than 200 ms (its time budget) and was abandoned");
        assertThat(results.get(2)).isEqualTo(new MappingResult.Mapped("3", Map.of("v", "b")));
        assertThat(results.get(3)).isEqualTo(new MappingResult.Mapped("4", Map.of("v", "c")));
        assertThat(millis).as("abandoned after budget + grace, not after the 3 s the step takes").isLessThan(2_000);
    }

    @Test
    void aBatchWithinItsBudgetGivesWhatApplyGivesInOrder() {
        MappingPlan plan = plan(Duration.ofSeconds(1));
        List<Map<String, String>> records = java.util.stream.IntStream.range(0, 1_000)
                .mapToObj(i -> Map.of("id", "k" + i, "kind", "x" + i)).toList();
        List<MappingResult> results = Watchdog.applyAll(plan, records, Map.of());
        for (int i = 0; i < records.size(); i++) {
            assertThat(results.get(i)).isEqualTo(plan.apply(records.get(i), Map.of()));
        }
    }

    @Test
    void aRunBeingStoppedDoesNotWaitForAStuckRecordAndKeepsItsInterrupt() {
        MappingPlan plan = plan(Duration.ofMillis(200));
        List<Map<String, String>> records = List.of(Map.of("id", "1", "kind", "a"), Map.of("id", "2", "kind", "b"));
        Thread.currentThread().interrupt();
        try {
            List<MappingResult> results = Watchdog.applyAll(plan, records, Map.of());
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertThat(results).containsExactly(new MappingResult.Mapped("1", Map.of("v", "a")),
                    new MappingResult.Mapped("2", Map.of("v", "b")));
        } finally {
            Thread.interrupted();
        }
    }
}
