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
 * ns per record: the compiled plan of {@code dsl/examples/products-benchmark.yaml} against the
 * hand-written Java, on the same 1,000 generated items. Run (from the project root, see
 * {@code docs/performance.md}):
 * <pre>
 * ./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp
 * java -cp target/test-classes:target/classes:$(cat target/bench.cp) org.openjdk.jmh.Main ProductMappingBenchmark -f 2 -wi 3 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(2)
public class ProductMappingBenchmark {

    private static final int RECORDS = 1_000;

    private List<Map<String, Object>> items = List.of();
    private MappingPlan plan = BenchmarkPlans.products();
    private final HandWrittenProductMapper handWritten = new HandWrittenProductMapper();
    private final HandWrittenProductMapper handWrittenLoopSlug = new HandWrittenProductMapper(true);

    @Setup
    public void setUp() {
        items = ItemGenerator.items(RECORDS);
        plan = BenchmarkPlans.products();
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void plan(Blackhole blackhole) {
        Map<String, Object> profile = Map.of();
        for (Map<String, Object> item : items) {
            blackhole.consume(plan.apply(item, profile));
        }
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void handWritten(Blackhole blackhole) {
        for (Map<String, Object> item : items) {
            blackhole.consume(handWritten.map(item));
        }
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void handWrittenLoopSlug(Blackhole blackhole) {
        for (Map<String, Object> item : items) {
            blackhole.consume(handWrittenLoopSlug.map(item));
        }
    }
}
