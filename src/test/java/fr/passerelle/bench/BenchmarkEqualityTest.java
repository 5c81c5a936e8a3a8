package fr.passerelle.bench;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.plan.MappingPlan;
import fr.passerelle.plan.MappingResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's correctness check: on 10,000 generated items the compiled plan and the
 * hand-written Java give equal payloads (MAPPING.md "Equality"), and neither mutates its input.
 */
class BenchmarkEqualityTest {

    @Test
    void planAndHandWrittenJavaGiveTheSamePayloadsOnTenThousandItems() {
        List<Map<String, Object>> items = ItemGenerator.items(10_000);
        String before = items.toString();
        MappingPlan plan = BenchmarkPlans.products();
        HandWrittenProductMapper reference = new HandWrittenProductMapper();
        HandWrittenProductMapper tuned = new HandWrittenProductMapper(true);
        int eans = 0;
        for (Map<String, Object> item : items) {
            MappingResult result = plan.apply(item, Map.of());
            assertThat(result).as(String.valueOf(item)).isInstanceOf(MappingResult.Mapped.class);
            Map<String, Object> payload = ((MappingResult.Mapped) result).payload();
            assertThat(PayloadEquality.normalise(payload)).as(item.get("ItemCode").toString())
                    .isEqualTo(PayloadEquality.normalise(reference.map(item)));
            assertThat(PayloadEquality.normalise(tuned.map(item))).isEqualTo(PayloadEquality.normalise(reference.map(item)));
            eans += payload.containsKey("ean") ? 1 : 0;
        }
        assertThat(items.toString()).as("inputs are not mutated").isEqualTo(before);
        assertThat(eans).as("about 70% valid barcodes").isBetween(6_500, 7_500);
    }
}
