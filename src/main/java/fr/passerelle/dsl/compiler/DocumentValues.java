package fr.passerelle.dsl.compiler;

import fr.passerelle.dsl.Diagnostic;
import fr.passerelle.dsl.Scalar;
import fr.passerelle.plan.MappingPlan;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The document's plain settings: {@code version} and {@code budget}. */
final class DocumentValues {

    private static final Pattern BUDGET = Pattern.compile("(\\d+)\\s*(ms|s)");

    private DocumentValues() {
    }

    static int version(@Nullable Scalar version, Consumer<Diagnostic> diagnostics) {
        if (version == null) {
            return 1;
        }
        try {
            int value = Integer.parseInt(version.text().trim());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        diagnostics.accept(Diagnostic.error(version.position(), "SHAPE", "'version' is a positive whole number"));
        return 1;
    }

    static Duration budget(@Nullable Scalar budget, Consumer<Diagnostic> diagnostics) {
        if (budget == null) {
            return MappingPlan.DEFAULT_BUDGET;
        }
        Matcher m = BUDGET.matcher(budget.text().trim());
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            Duration duration = m.group(2).equals("ms") ? Duration.ofMillis(amount) : Duration.ofSeconds(amount);
            if (!duration.isZero() && duration.compareTo(Duration.ofMinutes(1)) <= 0) {
                return duration;
            }
        }
        diagnostics.accept(Diagnostic.error(budget.position(), "SHAPE",
                "'budget' is a duration per record between 1ms and 60s, e.g. '500ms' or '2s'"));
        return MappingPlan.DEFAULT_BUDGET;
    }
}
