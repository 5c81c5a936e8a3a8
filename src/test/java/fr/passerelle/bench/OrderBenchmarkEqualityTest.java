package fr.passerelle.bench;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.plan.MappingPlan;
import fr.passerelle.plan.MappingResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The order benchmark's correctness check: plan and hand-written Java agree on 10,000 orders with lines. */
class OrderBenchmarkEqualityTest {

    @Test
    @SuppressWarnings("unchecked")
    void planAndHandWrittenJavaGiveTheSameSalesOrdersOnTenThousandOrders() {
        List<Map<String, Object>> orders = OrderGenerator.orders(10_000);
        String before = orders.toString();
        MappingPlan plan = BenchmarkPlans.orders();
        HandWrittenOrderMapper reference = new HandWrittenOrderMapper();
        int lines = 0;
        for (Map<String, Object> order : orders) {
            MappingResult result = plan.apply(order, Map.of());
            assertThat(result).as(String.valueOf(order)).isInstanceOf(MappingResult.Mapped.class);
            Map<String, Object> payload = ((MappingResult.Mapped) result).payload();
            assertThat(PayloadEquality.normalise(payload)).as(order.get("number").toString())
                    .isEqualTo(PayloadEquality.normalise(reference.map(order)));
            lines += ((List<Object>) payload.get("lines")).size();
        }
        assertThat(orders.toString()).as("inputs are not mutated").isEqualTo(before);
        assertThat(lines).as("about 3.2 product lines and one shipping line per order").isBetween(38_000, 46_000);
    }
}
