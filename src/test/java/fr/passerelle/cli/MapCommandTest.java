package fr.passerelle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code map}: JSON lines in, payloads out in order, failures with their line, a summary (MAP-4). */
class MapCommandTest {

    @TempDir
    Path dir;

    private Path mapping;

    @BeforeEach
    void writeMapping() throws IOException {
        mapping = dir.resolve("m.yaml");
        Files.writeString(mapping, """
                flow: prices
                source: erp.item
                target: shop.product
                key: ItemCode
                where: Published
                fields:
                  sku: ItemCode
                  price: fmt(ttc(Price, 20), 2)
                  eco: Eco
                """);
    }

    @Test
    void payloadsFollowInputOrderAndFailuresCarryTheirLine() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, """
                {"ItemCode":"A1","Published":true,"Price":10.005,"Eco":0.10}
                {"ItemCode":"A2","Published":false,"Price":1}

                {"ItemCode":"A3","Published":true,"Price":"x"}
                not json
                {"ItemCode":"A4","Published":true,"Price":2.675,"Eco":12345678901234567890.5}
                """);
        Path out = dir.resolve("out.jsonl");
        Path errors = dir.resolve("err.jsonl");
        CommandRun run = CommandRun.of("map", mapping.toString(), "--in", in.toString(), "--out", out.toString(), "--errors", errors.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEqualTo("mapped 2, skipped 1, failed 2\n");
        assertThat(Files.readAllLines(out)).containsExactly(
                "{\"sku\":\"A1\",\"price\":\"12.01\",\"eco\":0.10}",
                "{\"sku\":\"A4\",\"price\":\"3.21\",\"eco\":12345678901234567890.5}");
        assertThat(Files.readAllLines(errors)).hasSize(2);
        assertThat(Files.readAllLines(errors).get(0))
                .isEqualTo("{\"line\":4,\"key\":\"A3\",\"field\":\"price\",\"error\":\"ttc: 'x' is not a number\"}");
        assertThat(Files.readAllLines(errors).get(1)).startsWith("{\"line\":5,\"error\":\"invalid JSON: ");
    }

    @Test
    void withoutOutFilesPayloadsGoToStandardOutputAndFailuresToStandardError() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"ItemCode\":\"A1\",\"Published\":true,\"Price\":1}\n{\"ItemCode\":\"A2\",\"Published\":true,\"Price\":\"?\"}\n");
        CommandRun run = CommandRun.of("map", mapping.toString(), "--in", in.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("{\"sku\":\"A1\",\"price\":\"1.20\"}\n");
        assertThat(run.err()).contains("{\"line\":2,\"key\":\"A2\"").endsWith("mapped 1, skipped 0, failed 1\n");
    }

    @Test
    void anInvalidMappingExitsWithOneAndMapsNothing() throws IOException {
        Files.writeString(mapping, "flow: x\nsource: a\ntarget: b\nkey: Id\nfields:\n  a: nope(1)\n");
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"Id\":1}\n");
        Path out = dir.resolve("out.jsonl");
        CommandRun run = CommandRun.of("map", mapping.toString(), "--in", in.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(mapping + ":6:6: unknown function 'nope'");
        assertThat(out).doesNotExist();
    }

    @Test
    void missingInputIsBadUsage() {
        assertThat(CommandRun.of("map", mapping.toString()).exitCode()).isEqualTo(2);
        CommandRun run = CommandRun.of("map", mapping.toString(), "--in", dir.resolve("none.jsonl").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--in: no such file");
    }

    @Test
    void aTemplateMapsAgainstTheBuiltinSchemasWithTheProfilesWarehouse() throws IOException {
        Path in = dir.resolve("stock.jsonl");
        Files.writeString(in, "{\"inventoryId\":\"A1\",\"warehouses\":[{\"warehouseId\":\"MAIN\",\"qtyAvailable\":4},"
                + "{\"warehouseId\":\"PARIS\",\"qtyAvailable\":2.5}]}\n");
        Path profile = dir.resolve("profile.json");
        Files.writeString(profile, "{\"warehouse\": \"MAIN,PARIS\"}");
        CommandRun run = CommandRun.of("map", "templates/cegid-xrp-flex/woocommerce/stock.yaml", "--in", in.toString(),
                "--schemas", "builtin", "--profile", profile.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("{\"sku\":\"A1\",\"manage_stock\":true,\"stock_quantity\":7,\"stock_status\":\"instock\"}\n");
        assertThat(run.err()).isEqualTo("mapped 1, skipped 0, failed 0\n");
    }
}
