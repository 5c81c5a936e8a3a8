package fr.passerelle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code map} streams: a million records through a child JVM limited to 256 MB of heap, payloads
 * in input order, every skip and failure counted.
 */
class MapStreamingIT {

    private static final int RECORDS = 1_000_000;

    @TempDir
    Path dir;

    @Test
    void aMillionRecordsMapInFlatMemory() throws IOException, InterruptedException {
        Path mapping = dir.resolve("stock.yaml");
        Files.writeString(mapping, """
                flow: stock
                source: erp.item
                target: woocommerce.product
                key: ItemCode
                where: StockTracked
                let:
                  qty: coalesce(QtyOnHand, 0) - coalesce(QtyReserved, 0)
                fields:
                  sku: ItemCode
                  name: trim(Caption)
                  slug: slug(Caption)
                  stock_quantity: fmt(qty, 0)
                  price: fmt(ttc(Price, 20), 2)
                  meta_data[key=_location].value: upper(trim(Location))
                rules:
                  - name: negative stock is an error
                    when: qty < 0
                    reject: "'negative stock for ' + ItemCode"
                """);
        Path in = dir.resolve("in.jsonl");
        try (BufferedWriter writer = Files.newBufferedWriter(in)) {
            for (int i = 0; i < RECORDS; i++) {
                writer.write("{\"ItemCode\":\"ART" + i + "\",\"Caption\":\" Crème brûlée n°" + i + " \",\"StockTracked\":"
                        + (i % 10 != 0) + ",\"QtyOnHand\":" + (i % 97) + ",\"QtyReserved\":" + (i % 89 == 0 ? 500 : 1)
                        + ",\"Price\":" + (i % 1000) + ".125,\"Location\":\" a-" + (i % 50) + " \"}\n");
            }
        }
        Path out = dir.resolve("out.jsonl");
        Path errors = dir.resolve("err.jsonl");
        Path stderr = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "fr.passerelle.Passerelle",
                "map", mapping.toString(), "--in", in.toString(), "--out", out.toString(), "--errors", errors.toString())
                .redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("finished within 10 minutes").isTrue();
        String summary = Files.readString(stderr);
        assertThat(process.exitValue()).as(summary).isZero();

        long skipped = RECORDS / 10;
        long failed = countFailures();
        assertThat(summary).contains("mapped " + (RECORDS - skipped - failed) + ", skipped " + skipped + ", failed " + failed);
        assertThat(Files.lines(errors).count()).isEqualTo(failed);
        try (BufferedReader reader = Files.newBufferedReader(out)) {
            assertThat(reader.readLine()).isEqualTo("{\"sku\":\"ART1\",\"name\":\"Crème brûlée n°1\",\"slug\":\"creme-brulee-n-1\","
                    + "\"stock_quantity\":\"0\",\"price\":\"1.35\",\"meta_data\":[{\"key\":\"_location\",\"value\":\"A-1\"}]}");
            assertThat(reader.readLine()).startsWith("{\"sku\":\"ART2\",");
        }
        List<String> firstErrors = Files.lines(errors).limit(1).toList();
        assertThat(firstErrors.get(0)).startsWith("{\"line\":" + (firstFailure() + 1) + ",\"key\":\"ART" + firstFailure() + "\"");
    }

    /** A tracked record (i % 10 != 0) fails when its reservation exceeds its stock. */
    private static boolean fails(int i) {
        return i % 10 != 0 && (i % 97) - (i % 89 == 0 ? 500 : 1) < 0;
    }

    private static long countFailures() {
        long failed = 0;
        for (int i = 0; i < RECORDS; i++) {
            failed += fails(i) ? 1 : 0;
        }
        return failed;
    }

    private static int firstFailure() {
        int i = 0;
        while (!fails(i)) {
            i++;
        }
        return i;
    }
}
