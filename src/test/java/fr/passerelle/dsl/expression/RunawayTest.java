package fr.passerelle.dsl.expression;

import static fr.passerelle.dsl.Mappings.plan;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.plan.MappingPlan;
import fr.passerelle.plan.MappingResult;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Expressions that pass the sandbox but would run away (huge texts, long work) fail their own
 * record within the budget; the next record maps normally.
 */
class RunawayTest {

    private static final String HEADER = "flow: products\nsource: erp.item\ntarget: woocommerce.product\nkey: \"'k'\"\n";

    @Test
    void aTextDoublingThroughLetsIsStoppedBeforeMemoryRunsOut() {
        StringBuilder yaml = new StringBuilder(HEADER).append("let:\n  a0: x + x\n");
        for (int i = 1; i < 40; i++) {
            yaml.append("  a").append(i).append(": a").append(i - 1).append(" + a").append(i - 1).append('\n');
        }
        yaml.append("fields:\n  v: size(a39)\n");
        MappingPlan plan = plan(yaml.toString());
        long start = System.nanoTime();
        MappingResult result = plan.apply(Map.of("x", "0123456789"), Map.of());
        assertThat(result).isInstanceOf(MappingResult.Failed.class);
        assertThat(((MappingResult.Failed) result).error()).contains("longer than 1000000 characters");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void nestedReplacementsCannotExplodeAText() {
        MappingPlan plan = plan(HEADER + "fields:\n  v: replace(replace(replace(replace(x, 'a', x), 'a', x), 'a', x), 'a', x)\n");
        MappingResult result = plan.apply(Map.of("x", "a".repeat(200)), Map.of());
        assertThat(result).isInstanceOf(MappingResult.Failed.class);
        assertThat(((MappingResult.Failed) result).error()).contains("longer than");
    }

    @Test
    void aRecordThatTakesLongerThanTheBudgetFailsAndTheNextOneMaps() {
        StringBuilder yaml = new StringBuilder(HEADER).append("budget: 200ms\nlet:\n");
        for (int i = 0; i < 400; i++) {
            yaml.append("  s").append(i).append(": slug(big)\n");
        }
        yaml.append("fields:\n  v: size(s399)\n");
        MappingPlan plan = plan(yaml.toString());
        assertThat(plan.budget()).isEqualTo(Duration.ofMillis(200));
        long start = System.nanoTime();
        MappingResult slow = plan.apply(Map.of("big", "Crème brûlée ".repeat(40_000)), Map.of());
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(slow).isInstanceOf(MappingResult.Failed.class);
        assertThat(((MappingResult.Failed) slow).error()).contains("time budget of 200 ms");
        assertThat(elapsedMillis).isLessThan(1500);
        MappingResult next = plan.apply(Map.of("big", "ok"), Map.of());
        assertThat(next).as(next.toString()).isInstanceOf(MappingResult.Mapped.class);
    }

    @Test
    void theDefaultBudgetIsOneSecond() {
        assertThat(plan(HEADER + "fields:\n  v: x\n").budget()).isEqualTo(Duration.ofSeconds(1));
    }
}
