package fr.passerelle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code map} never stops for one bad line (issue 10, point 3; MAP-4): the packaged jar, in a
 * child JVM limited to 256 MB of heap, maps a million lines of which every 1,000th is bad (in
 * turn: invalid UTF-8, binary, {@code 1e300000000}, a scale of 10,000, truncated JSON). Exit 0;
 * the 1,000 bad lines are in {@code --errors} with their line numbers; every other record is in
 * {@code --out}, in input order. Output is verified by streaming it, never held whole.
 */
class MapResilienceIT {

    private static final int LINES = 1_000_000;
    private static final int BAD_EVERY = 1_000;
    private static final Path JAR = Path.of("target", "passerelle.jar");

    @TempDir
    Path dir;

    /** 1-based line numbers: line n is bad when n % 1000 == 0; its kind rotates. */
    private static boolean bad(long line) {
        return line % BAD_EVERY == 0;
    }

    private static byte[] badLine(long line) {
        String sku = "\"Sku\":\"B" + line + "\"";
        return switch ((int) (line / BAD_EVERY % 5)) {
            case 0 -> concat(("{" + sku + ",\"Name\":\"caf").getBytes(StandardCharsets.UTF_8),
                    new byte[] {(byte) 0xC3, (byte) 0x28}, "\"}".getBytes(StandardCharsets.UTF_8));
            case 1 -> new byte[] {0x00, 0x01, 0x02, 'P', 'K', 0x03, 0x04, (byte) 0xFF, (byte) 0xFE};
            case 2 -> ("{" + sku + ",\"Price\":1e300000000}").getBytes(StandardCharsets.UTF_8);
            case 3 -> ("{" + sku + ",\"Price\":1E-10000}").getBytes(StandardCharsets.UTF_8);
            default -> ("{" + sku + ",\"Price\":12.5,\"Na").getBytes(StandardCharsets.UTF_8);
        };
    }

    private static String expectedError(long line) {
        return switch ((int) (line / BAD_EVERY % 5)) {
            case 0 -> "invalid UTF-8 at column";
            case 1 -> "binary data: byte 0x00 at column 1";
            case 2 -> "field 'Price': 1E+300000000 is out of range";
            case 3 -> "field 'Price': 1E-10000 is out of range";
            default -> "invalid JSON: ";
        };
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    @Test
    void aMillionLinesWithEveryThousandthBadMapInASmallHeap() throws IOException, InterruptedException {
        assertThat(JAR).as("the packaged jar (mvn package runs before the ITs)").exists();
        Path mapping = dir.resolve("prices.yaml");
        Files.writeString(mapping, """
                flow: prices
                source: erp.item
                target: woocommerce.price
                key: Sku
                fields:
                  sku: Sku
                  regular_price: fmt(Price, 2)
                """);
        Path in = dir.resolve("in.jsonl");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(in), 1 << 16)) {
            for (long line = 1; line <= LINES; line++) {
                out.write(bad(line) ? badLine(line)
                        : ("{\"Sku\":\"A" + line + "\",\"Price\":" + (line % 1000) + ".5}").getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
        }
        Path out = dir.resolve("out.jsonl");
        Path errors = dir.resolve("err.jsonl");
        Path stderr = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", JAR.toString(), "map", mapping.toString(), "--in", in.toString(),
                "--out", out.toString(), "--errors", errors.toString())
                .redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished within 5 minutes").isTrue();
        String summary = Files.readString(stderr);
        assertThat(process.exitValue()).as(summary).isZero();
        int badLines = LINES / BAD_EVERY;
        assertThat(summary).isEqualTo("mapped " + (LINES - badLines) + ", skipped 0, failed " + badLines + "\n");

        try (BufferedReader reader = Files.newBufferedReader(out)) {
            long expected = 1;
            String payload;
            while ((payload = reader.readLine()) != null) {
                while (bad(expected)) {
                    expected++;
                }
                String wanted = "{\"sku\":\"A" + expected + "\",\"regular_price\":\"" + (expected % 1000) + ".50\"}";
                if (!payload.equals(wanted)) {
                    assertThat(payload).as("payload for input line " + expected).isEqualTo(wanted);
                }
                expected++;
            }
            while (expected <= LINES && bad(expected)) {
                expected++;
            }
            assertThat(expected - 1).as("every good line was written, in order").isEqualTo(LINES);
        }
        try (BufferedReader reader = Files.newBufferedReader(errors)) {
            long count = 0;
            String failure;
            while ((failure = reader.readLine()) != null) {
                count++;
                long line = count * BAD_EVERY;
                assertThat(failure).startsWith("{\"line\":" + line + ",\"error\":\"").contains(expectedError(line));
            }
            assertThat(count).isEqualTo(badLines);
        }
    }
}
