package fr.passerelle.bench;

import fr.passerelle.dsl.compiler.MappingCompiler;
import fr.passerelle.plan.MappingPlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The benchmark mapping document, compiled (run from the project root, as Maven and JMH do). */
final class BenchmarkPlans {

    static final Path DOCUMENT = Path.of("dsl/examples/products-benchmark.yaml");

    private BenchmarkPlans() {
    }

    /** The order-with-lines document of the benchmark: a WooCommerce order -> Cegid sales order. */
    static final Path ORDER_DOCUMENT = Path.of("dsl/examples/woocommerce-order-to-cegid.yaml");

    static MappingPlan products() {
        return compile(DOCUMENT);
    }

    static MappingPlan orders() {
        return compile(ORDER_DOCUMENT);
    }

    private static MappingPlan compile(Path document) {
        try {
            return new MappingCompiler().compile(Files.readString(document), document.toString()).planOrThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
