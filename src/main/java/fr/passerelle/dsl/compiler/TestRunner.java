package fr.passerelle.dsl.compiler;

import fr.passerelle.dsl.Diagnostic;
import fr.passerelle.dsl.MappingDocument.Expectation;
import fr.passerelle.dsl.MappingDocument.TestDoc;
import fr.passerelle.dsl.function.Values;
import fr.passerelle.plan.MappingPlan;
import fr.passerelle.plan.MappingResult;
import fr.passerelle.plan.TargetPath;
import fr.passerelle.plan.TargetPathSyntax;
import java.util.List;
import java.util.function.Consumer;

/** Runs a document's golden samples; each failing test is an error at the test's line. */
final class TestRunner {

    private final MappingPlan plan;
    private final Consumer<Diagnostic> diagnostics;

    TestRunner(MappingPlan plan, Consumer<Diagnostic> diagnostics) {
        this.plan = plan;
        this.diagnostics = diagnostics;
    }

    void run(List<TestDoc> tests) {
        for (TestDoc test : tests) {
            MappingResult result = plan.apply(test.input(), test.profile());
            if (test.fails() != null) {
                expectFailure(test, test.fails().text(), result);
            } else if (test.skips()) {
                if (!(result instanceof MappingResult.Skipped)) {
                    fail(test, "expected the record to be skipped, but it was " + outcome(result));
                }
            } else if (result instanceof MappingResult.Mapped mapped) {
                for (Expectation expectation : test.expect()) {
                    compare(test, expectation, mapped);
                }
            } else {
                fail(test, "expected a payload, but the record was " + outcome(result));
            }
        }
    }

    private void expectFailure(TestDoc test, String expected, MappingResult result) {
        if (!(result instanceof MappingResult.Failed failed)) {
            fail(test, "expected a failure containing '" + expected + "', but the record was " + outcome(result));
        } else if (!failed.error().contains(expected) && !failed.field().contains(expected)) {
            fail(test, "expected a failure containing '" + expected + "', but it failed with: " + failed.error());
        }
    }

    private void compare(TestDoc test, Expectation expectation, MappingResult.Mapped mapped) {
        TargetPath path;
        try {
            path = TargetPathSyntax.parse(expectation.path().text());
        } catch (TargetPathSyntax.PathSyntaxException e) {
            fail(test, "expected field '" + expectation.path().text() + "' is not a target path: " + e.getMessage());
            return;
        }
        Object actual = path.get(mapped.payload());
        Object expected = expectation.value();
        if (!ValueEquality.same(expected, actual)) {
            fail(test, "field " + path.text() + " is " + show(actual) + ", expected " + show(expected));
        }
    }

    private void fail(TestDoc test, String message) {
        diagnostics.accept(Diagnostic.error(test.position(), "TEST_FAILED", "test '" + test.name().text() + "': " + message));
    }

    private static String outcome(MappingResult result) {
        return switch (result) {
            case MappingResult.Mapped m -> "mapped";
            case MappingResult.Skipped s -> "skipped (" + s.reason() + ")";
            case MappingResult.Failed f -> "failed at '" + f.field() + "': " + f.error();
        };
    }

    private static String show(Object value) {
        return switch (value) {
            case null -> "absent";
            case String s -> "\"" + s + "\" (text)";
            case Number n -> Values.text(n) + " (number)";
            default -> String.valueOf(value);
        };
    }
}
