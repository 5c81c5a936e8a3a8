package fr.passerelle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code map} never stops for one bad line (issue 10, point 3; MAP-4): each kind of bad input is
 * one failure {@code {"line":N,"error":...}} with its 1-based line number, the lines after it map,
 * the exit code is 0 and nothing prints a stack trace.
 */
class MapBadLinesTest {

    private static final byte[] GOOD_BEFORE = "{\"Sku\":\"A1\",\"Price\":10}\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] GOOD_AFTER = "{\"Sku\":\"A3\",\"Price\":2.5}\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private Path mapping;

    @BeforeEach
    void writeMapping() throws IOException {
        mapping = dir.resolve("m.yaml");
        Files.writeString(mapping, "flow: prices\nsource: erp.item\ntarget: shop.product\nkey: Sku\n"
                + "fields:\n  sku: Sku\n  price: fmt(Price, 2)\n");
    }

    /** Maps good line, bad line, good line; returns the one error line after checking the rest. */
    private String errorFor(byte[] badLine) throws IOException {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.write(GOOD_BEFORE);
        input.write(badLine);
        input.write('\n');
        input.write(GOOD_AFTER);
        Path in = dir.resolve("in.jsonl");
        Files.write(in, input.toByteArray());
        Path out = dir.resolve("out.jsonl");
        Path errors = dir.resolve("err.jsonl");
        CommandRun run = CommandRun.of("map", mapping.toString(), "--in", in.toString(), "--out", out.toString(),
                "--errors", errors.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEqualTo("mapped 2, skipped 0, failed 1\n");
        assertThat(run.out()).isEmpty();
        assertThat(Files.readAllLines(out)).containsExactly("{\"sku\":\"A1\",\"price\":\"10.00\"}",
                "{\"sku\":\"A3\",\"price\":\"2.50\"}");
        List<String> failures = Files.readAllLines(errors);
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0)).startsWith("{\"line\":2,\"error\":\"").doesNotContain("Exception").doesNotContain("\tat ");
        return failures.get(0);
    }

    @Test
    void invalidUtf8IsOneFailedLine() throws IOException {
        byte[] line = {'{', '"', 'S', 'k', 'u', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertThat(errorFor(line)).isEqualTo("{\"line\":2,\"error\":\"invalid UTF-8 at column 9 (byte 0xC3)\"}");
    }

    @Test
    void aTruncatedUtf8SequenceIsOneFailedLine() throws IOException {
        byte[] line = {'{', '"', 'S', 'k', 'u', '"', ':', '"', 'a', (byte) 0xE2, (byte) 0x82};
        assertThat(errorFor(line)).contains("invalid UTF-8 at column 10");
    }

    @Test
    void binaryDataIsOneFailedLine() throws IOException {
        byte[] line = {'P', 'K', 3, 4, 0, 0, 0, (byte) 0xFF, 0x10};
        assertThat(errorFor(line)).isEqualTo("{\"line\":2,\"error\":\"binary data: byte 0x03 at column 3\"}");
    }

    @Test
    void truncatedJsonIsOneFailedLine() throws IOException {
        assertThat(errorFor("{\"Sku\":\"A2\",\"Price\":1".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("{\"line\":2,\"error\":\"invalid JSON: Unexpected end-of-input: expected close marker for Object\"}");
    }

    @Test
    void textAfterTheObjectIsOneFailedLine() throws IOException {
        assertThat(errorFor("{\"Sku\":\"A2\"} trailing".getBytes(StandardCharsets.UTF_8)))
                .startsWith("{\"line\":2,\"error\":\"invalid JSON: ");
    }

    @Test
    void aLineThatIsNotAnObjectIsOneFailedLine() throws IOException {
        assertThat(errorFor("[1,2]".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("{\"line\":2,\"error\":\"not a JSON object: a list\"}");
        assertThat(errorFor("\"A2\"".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("{\"line\":2,\"error\":\"not a JSON object: a string\"}");
    }

    @Test
    void aHugeExponentIsOneFailedLine() throws IOException {
        assertThat(errorFor("{\"Sku\":\"A2\",\"Price\":1e300000000}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("{\"line\":2,\"error\":\"field 'Price': 1E+300000000 is out of range: numbers have at most"
                        + " 1000 digits and an exponent between -1000 and 1000\"}");
    }

    @Test
    void aScaleOfTenThousandIsOneFailedLine() throws IOException {
        String tiny = "0." + "0".repeat(9999) + "1";
        assertThat(errorFor(("{\"Sku\":\"A2\",\"Price\":1e-10000}").getBytes(StandardCharsets.UTF_8)))
                .contains("field 'Price': 1E-10000 is out of range");
        assertThat(errorFor(("{\"Sku\":\"A2\",\"lines\":[{\"q\":" + tiny + "}]}").getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("{\"line\":2,\"error\":\"invalid JSON: Number value length (10000) exceeds the maximum allowed (1020)\"}");
    }

    @Test
    void nestingDeeperThanTheLimitIsOneFailedLine() throws IOException {
        assertThat(errorFor(("{\"a\":" + "[".repeat(300) + "]".repeat(300) + "}").getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("{\"line\":2,\"error\":\"invalid JSON: Document nesting depth (201) exceeds the maximum allowed (200)\"}");
    }

    @Test
    void aNestedNumberOutOfRangeNamesItsPath() throws IOException {
        assertThat(errorFor("{\"Sku\":\"A2\",\"lines\":[{\"q\":1},{\"q\":2E+5000}]}".getBytes(StandardCharsets.UTF_8)))
                .contains("field 'lines[1].q': 2E+5000 is out of range");
    }

    @Test
    void aLineLongerThanTheLimitIsSkippedWithoutHoldingIt() throws IOException {
        ByteLines lines = new ByteLines(new java.io.ByteArrayInputStream(
                ("{\"a\":\"" + "x".repeat(100) + "\"}\n{\"b\":1}\nlast").getBytes(StandardCharsets.UTF_8)), 64);
        assertThat(lines.next()).isEqualTo(new ByteLines.Line(1, null, "the line is longer than 64 bytes"));
        assertThat(lines.next()).isEqualTo(new ByteLines.Line(2, "{\"b\":1}", null));
        assertThat(lines.next()).isEqualTo(new ByteLines.Line(3, "last", null));
        assertThat(lines.next()).isNull();
    }

    @Test
    void crlfLineEndsAndBlankLinesAreNotProblems() throws IOException {
        Path in = dir.resolve("crlf.jsonl");
        Files.write(in, "{\"Sku\":\"A1\",\"Price\":1}\r\n\r\n{\"Sku\":\"A2\",\"Price\":2}\r\n".getBytes(StandardCharsets.UTF_8));
        CommandRun run = CommandRun.of("map", mapping.toString(), "--in", in.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("{\"sku\":\"A1\",\"price\":\"1.00\"}\n{\"sku\":\"A2\",\"price\":\"2.00\"}\n");
        assertThat(run.err()).isEqualTo("mapped 2, skipped 0, failed 0\n");
    }

    @Test
    void aBadProfileFileIsBadUsageWithoutAStackTrace() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.write(in, GOOD_BEFORE);
        Path profile = dir.resolve("profile.json");
        Files.writeString(profile, "{\"warehouse\": ");
        CommandRun run = CommandRun.of("map", mapping.toString(), "--in", in.toString(), "--profile", profile.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: --profile: " + profile + ": invalid JSON: ").doesNotContain("\tat ");
    }
}
