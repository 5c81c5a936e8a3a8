package fr.passerelle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every command of {@code --help}, given bad input (a missing file, bytes that are not UTF-8, a
 * closed port, an answer that is not JSON or not XML): one line on standard error, no exception
 * name and no stack frame, exit 1 (the work failed) or 2 (bad usage), as the README says.
 */
class BadInputCommandsIT {

    private static final Pattern FRAME = Pattern.compile("(?m)^\\s*at [\\w.$/]+\\(");
    private static HttpServer brokenAnswers;
    private static int closedPort;

    @TempDir
    static Path dir;

    private record Case(String command, String what, int exitCode, List<String> args) {
    }

    @BeforeAll
    static void start() throws IOException {
        brokenAnswers = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        brokenAnswers.createContext("/json", exchange -> answer(exchange, "application/json", "{\"products\": [{\"id\": 1,"));
        brokenAnswers.createContext("/xml", exchange -> answer(exchange, "text/xml",
                "<?xml version=\"1.0\"?><prestashop><products><product id=\"1\">"));
        brokenAnswers.start();
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
    }

    @AfterAll
    static void stop() {
        brokenAnswers.stop(0);
    }

    @Test
    void everyCommandAnswersBadInputWithOneLineAndAnExitCode() throws Exception {
        Path notUtf8 = dir.resolve("latin1.yaml");
        Files.write(notUtf8, "flow: products\nname: Caf\u00e9 cr\u00e8me\n".getBytes(StandardCharsets.ISO_8859_1));
        Path notUtf8Lines = dir.resolve("latin1.jsonl");
        Files.write(notUtf8Lines, "{\"name\":\"\u00e9t\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1));
        String missing = dir.resolve("missing.yaml").toString();
        String closed = "http://127.0.0.1:" + closedPort;
        String broken = "http://127.0.0.1:" + brokenAnswers.getAddress().getPort();
        String once = "retry.maxAttempts=1";

        List<Case> cases = List.of(
                new Case("check", "missing file", 2, List.of("check", missing)),
                new Case("check", "invalid UTF-8", 2, List.of("check", notUtf8.toString())),
                new Case("map", "missing mapping", 2, List.of("map", missing, "--in", notUtf8Lines.toString())),
                new Case("map", "invalid UTF-8 mapping", 2, List.of("map", notUtf8.toString(), "--in", missing)),
                new Case("run", "neither profile nor id", 2, List.of("run", "--flow", "products")),
                new Case("sandbox", "unknown sandbox", 1, List.of("sandbox", "--port", "0", "--only", "nope")),
                new Case("sandbox", "port not a number", 2, List.of("sandbox", "--port", "eighty")),
                new Case("connector", "closed port (ERP)", 1, List.of("connector", "cegid-xrp-flex", "read", "erp.item",
                        "--url", closed, "--user", "admin", "--password", "x", "--option", once)),
                new Case("connector", "closed port (shop)", 1, List.of("connector", "woocommerce", "read",
                        "woocommerce.product", "--url", closed, "--key", "k", "--secret", "s", "--option", once)),
                new Case("connector", "broken JSON answer", 1, List.of("connector", "woocommerce", "read",
                        "woocommerce.product", "--url", broken + "/json", "--key", "k", "--secret", "s", "--option", once)),
                new Case("connector", "broken XML answer", 1, List.of("connector", "prestashop", "read",
                        "prestashop.product", "--url", broken + "/xml", "--key", "k", "--option", once)),
                new Case("connector", "missing --in file", 2, List.of("connector", "woocommerce", "write",
                        "woocommerce.product", "--url", closed, "--key", "k", "--secret", "s", "--in", missing)),
                new Case("connector", "invalid UTF-8 --in file", 2, List.of("connector", "woocommerce", "write",
                        "woocommerce.product", "--url", closed, "--key", "k", "--secret", "s", "--in",
                        notUtf8Lines.toString())),
                new Case("connector", "unknown system", 1, List.of("connector", "nope", "read", "x", "--url", closed)),
                new Case("secrets", "no sub-command", 2, List.of("secrets")),
                new Case("profile", "no sub-command", 2, List.of("profile")),
                new Case("profile", "import from a missing folder", 2, List.of("profile", "import", missing)),
                new Case("secrets", "new key file in a missing folder", 2, List.of("secrets", "rotate",
                        "--new-key-file", dir.resolve("no/such/folder/key").toString())));

        List<String> failures = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (Case c : cases) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = PasserelleCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                    c.args().toArray(String[]::new));
            check(c.command() + " (" + c.what() + ")", c.exitCode(), code, err.toString(), failures);
            covered.add(c.command());
        }

        // the studio starts through Spring, in a JVM of its own: its data folder is a file
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        ChildJvm studio = ChildJvm.run(Map.of("PASSERELLE_DATA_DIR", file.toString()), "", "studio");
        check("studio (data folder is a file)", 1, studio.exitCode(), studio.err(), failures);
        assertThat(studio.err()).contains("is not a folder");
        covered.add("studio");
        // so does a worker, which is the studio's engine and scheduler without the UI
        ChildJvm worker = ChildJvm.run(Map.of("PASSERELLE_DATA_DIR", file.toString()), "", "worker");
        check("worker (data folder is a file)", 1, worker.exitCode(), worker.err(), failures);
        assertThat(worker.err()).contains("is not a folder");
        covered.add("worker");

        assertThat(failures).isEmpty();
        Set<String> listed = new CommandLine(new PasserelleCommand()).getSubcommands().keySet();
        assertThat(covered).as("every command of --help has a bad input here").containsAll(listed);
    }

    @Test
    void invalidUtf8SaysWhichFileAndWhere() throws IOException {
        Path mapping = dir.resolve("where.yaml");
        Files.write(mapping, "flow: products\nname: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        StringWriter err = new StringWriter();

        int code = PasserelleCommand.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "check", mapping.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("error: mapping file: " + mapping + " is not UTF-8 text: invalid byte 0xE9"
                + " at line 2, column 10 (byte offset 24)");
    }

    @Test
    void aClosedPortIsNamedNotNull() {
        StringWriter err = new StringWriter();
        PasserelleCommand.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "connector", "cegid-xrp-flex", "read", "erp.item", "--url", "http://127.0.0.1:" + closedPort,
                "--user", "admin", "--password", "x");

        assertThat(err.toString()).contains("connection refused by 127.0.0.1:" + closedPort).doesNotContain("null");
    }

    @Test
    void studioHelpPrintsTheHelpAndStartsNothing() throws Exception {
        ChildJvm run = ChildJvm.run(Map.of(), "", "studio", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage:", "studio", "PASSERELLE_DATA_DIR");
        assertThat(run.out() + run.err()).doesNotContain("Tomcat", "Started");
    }

    private static void check(String name, int expectedCode, int code, String err, List<String> failures) {
        List<String> lines = err.lines().toList();
        if (code != expectedCode || lines.size() != 1 || err.contains("Exception") || FRAME.matcher(err).find()
                || !lines.getFirst().startsWith("error: ")) {
            failures.add(name + ": exit " + code + " (expected " + expectedCode + "), stderr: " + err);
        }
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
