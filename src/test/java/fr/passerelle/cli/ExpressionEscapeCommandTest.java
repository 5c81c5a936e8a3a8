package fr.passerelle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10's escapes, tried the way they were found: through {@code check} (with and without a
 * {@code tests:} entry that would run them) and {@code map}. None is accepted, none runs: no file
 * is written, no exit happens, nothing hangs (MAP-7).
 */
class ExpressionEscapeCommandTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "/* ' */ ItemCode.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"touch PWNED\") /* ' */",
        "// '\n  ItemCode.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"touch PWNED\")",
        "/* ' */ ItemCode.getClass().forName(\"java.lang.System\").getMethod(\"exit\", int.class).invoke(null, 3) /* ' */",
        "/* ' */ ItemCode.getClass().forName(\"java.lang.System\").getMethod(\"getenv\").invoke(null) /* ' */",
        "while (true) {}"
    })
    void theEscapeIsRefusedByCheckAndByMapAndNothingRuns(String attack) throws IOException {
        Path marker = dir.resolve("pwned");
        String expression = attack.replace("PWNED", marker.toString());
        String document = "flow: products\nsource: erp.item\ntarget: woocommerce.product\nkey: ItemCode\nfields:\n"
                + "  sku: ItemCode\n  name: >-\n    " + expression.replace("\n", "\n    ") + "\n";
        Path mapping = Files.writeString(dir.resolve("attack.yaml"), document);
        Path withTests = Files.writeString(dir.resolve("attack-tests.yaml"), document
                + "tests:\n  - name: runs the attack\n    input: {ItemCode: A1}\n    expect: {sku: A1}\n");
        Path records = Files.writeString(dir.resolve("in.jsonl"), "{\"ItemCode\":\"A1\"}\n");

        for (Path file : new Path[] {mapping, withTests}) {
            CommandRun check = CommandRun.of("check", file.toString());
            assertThat(check.exitCode()).as(check.out()).isEqualTo(1);
            assertThat(check.out()).doesNotStartWith("ok").contains("[SANDBOX]").doesNotContain("Exception");
        }
        CommandRun map = CommandRun.of("map", mapping.toString(), "--in", records.toString());
        assertThat(map.exitCode()).isEqualTo(1);
        assertThat(map.err()).contains("[SANDBOX]");
        assertThat(marker).doesNotExist();
    }
}
