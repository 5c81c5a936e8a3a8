package fr.passerelle.bench;

import fr.passerelle.plan.MappingPlan;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * ns per order: the compiled plan of {@code dsl/examples/woocommerce-order-to-cegid.yaml} (an
 * {@code each} block over product and shipping lines) against {@link HandWrittenOrderMapper}, on
 * the same 1,000 generated orders. {@code BENCH=OrderMappingBenchmark src/test/jmh/run-benchmark.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(2)
public class OrderMappingBenchmark {

    private static final int ORDERS = 1_000;

    private List<Map<String, Object>> orders = List.of();
    private MappingPlan plan = BenchmarkPlans.orders();
    private final HandWrittenOrderMapper handWritten = new HandWrittenOrderMapper();

    @Setup
    public void setUp() {
        orders = OrderGenerator.orders(ORDERS);
        plan = BenchmarkPlans.orders();
    }

    @Benchmark
    @OperationsPerInvocation(ORDERS)
    public void plan(Blackhole sink) {
        for (Map<String, Object> order : orders) {
            sink.consume(plan.apply(order, Map.of()));
        }
    }

    @Benchmark
    @OperationsPerInvocation(ORDERS)
    public void handWritten(Blackhole sink) {
        for (Map<String, Object> order : orders) {
            sink.consume(handWritten.map(order));
        }
    }
}
