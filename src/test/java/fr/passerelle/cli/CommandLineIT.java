package fr.passerelle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.sandbox.SandboxServer;
import fr.passerelle.sandbox.erp.ErpSandbox;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code sandbox} and {@code connector} commands a consultant runs from a terminal. */
class CommandLineIT {

    private static ErpSandbox sandbox;
    private static SandboxServer server;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void start() {
        sandbox = new ErpSandbox();
        server = SandboxServer.start(0, sandbox);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void readsAnEntityAsOneJsonRecordPerLine() {
        int code = run("connector", "cegid-xrp-flex", "read", "erp.item", "--url", server.baseUrl("erp"),
                "--user", "admin", "--password", "Sandbox!2024", "--filter", "ItemClass eq 'LIVRE'", "--limit", "5");
        assertThat(code).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(5).allSatisfy(line -> assertThat(line).startsWith("{\"entity\":\"erp.item\",\"key\":\"LIV"));
        assertThat(lines.get(0)).contains("\"itemClass\":\"LIVRE\"").contains("\"modifiedAt\":\"20");
        assertThat(sandbox.sessionCount()).isZero();
    }

    @Test
    void readsOnlyRecordsChangedSinceADate() {
        sandbox.changeItem("TRA01205", "Description", "Blanquette de veau pour 6");
        int code = run("connector", "cegid-xrp-flex", "read", "erp.item", "--url", server.baseUrl("erp"),
                "--user", "admin", "--password", "Sandbox!2024", "--since", java.time.Instant.now().minusSeconds(5)
                        .toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString().lines()).anySatisfy(line -> assertThat(line).contains("\"key\":\"TRA01205\""));
    }

    @Test
    void writesRecordsFromJsonLinesAndPrintsOneOutcomeEach(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("customers.jsonl");
        Files.writeString(input, """
                {"key":"shop-1","payload":{"customerId":"WEB-CLI-1","name":"Boutique Martin","email":"martin@cli.fr"}}
                {"customerId":"WEB-CLI-2","name":"Sans adresse","email":"pas-un-email"}
                """);
        int code = run("connector", "cegid-xrp-flex", "write", "erp.customer", "--url", server.baseUrl("erp"),
                "--user", "admin", "--password", "Sandbox!2024", "--in", input.toString());
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"key\":\"shop-1\"", "\"outcome\":\"CREATED\"", "\"targetId\":\"WEB-CLI-1\"");
        assertThat(lines.get(1)).contains("\"key\":\"line-2\"", "\"outcome\":\"FAILED\"", "e-mail");
        assertThat(code).as("a failed record makes the exit code 1").isEqualTo(1);
    }

    @Test
    void reportsErrorsOnOneLineWithExitCode1() {
        int code = run("connector", "cegid-xrp-flex", "read", "erp.item", "--url", server.baseUrl("erp"),
                "--user", "admin", "--password", "wrong");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines()).singleElement().asString().startsWith("error: ").contains("Invalid credentials");
        assertThat(run("connector", "no-such-erp", "read", "erp.item", "--url", "http://127.0.0.1:1")).isEqualTo(1);
        assertThat(err.toString()).contains("no connector 'no-such-erp'");
    }

    @Test
    void startsTheSandboxesAndPrintsUrlsAndCredentials() {
        SandboxCommand command = new SandboxCommand();
        String[] url = new String[1];
        command.started = started -> {
            url[0] = started.baseUrl("erp");
            started.close();
        };
        int code = new CommandLine(command).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute("--port", "0", "--only", "erp");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("erp  " + url[0]).contains("user: admin").contains("password: ");
        assertThat(new CommandLine(new SandboxCommand()).setErr(new PrintWriter(err, true))
                .execute("--port", "0", "--only", "nope")).isEqualTo(1);
        assertThat(err.toString()).contains("no sandbox named 'nope'");
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return PasserelleCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
