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

    static MappingPlan products() {
        try {
            return new MappingCompiler().compile(Files.readString(DOCUMENT), DOCUMENT.toString()).planOrThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
