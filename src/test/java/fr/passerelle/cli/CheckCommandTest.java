package fr.passerelle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} as a consultant runs it: "ok", or FILE:LINE:COL lines and exit 1 (MAP-2). */
class CheckCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aValidDocumentPrintsOk() throws IOException {
        Path mapping = write("ok.yaml", "flow: stock\nsource: erp.item\ntarget: shop.product\nkey: ItemCode\nfields:\n  sku: ItemCode\n");
        CommandRun run = CommandRun.of("check", mapping.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("ok\n");
    }

    @Test
    void everyProblemIsOneLineWithFileLineAndColumn() throws IOException {
        Path mapping = write("bad.yaml", """
                flow: stock
                source: erp.item
                target: shop.product
                key: ItemCode
                fields:
                  sku: ItemCode
                  qty: fmtt(Qty, 0)
                  name: trim(Caption
                """);
        CommandRun run = CommandRun.of("check", mapping.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).containsExactly(
                mapping + ":7:8: unknown function 'fmtt'; did you mean 'fmt'? [UNKNOWN_FUNCTION]",
                mapping + ":8:13: '(' is never closed: add the missing ')' [SYNTAX]");
        assertThat(run.out()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void schemasCheckSourceFieldsAndTargetPaths() throws IOException {
        Path schemas = Files.createDirectory(dir.resolve("schemas"));
        Files.writeString(schemas.resolve("erp.item.json"), """
                {"name":"erp.item","fields":[{"name":"ItemCode","type":"STRING","required":true,"description":"code"}],
                 "readable":true,"writable":false,"openFields":false}""");
        Files.writeString(schemas.resolve("shop.product.yaml"), """
                name: shop.product
                fields:
                  - {name: sku, type: STRING, required: true, description: SKU}
                readable: true
                writable: true
                openFields: false
                """);
        Path mapping = write("m.yaml", "flow: stock\nsource: erp.item\ntarget: shop.product\nkey: ItemCode\nfields:\n  sku: ItemCod\n  skus: ItemCode\n");
        CommandRun run = CommandRun.of("check", mapping.toString(), "--schemas", schemas.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).containsExactly(
                mapping + ":6:8: unknown source field 'ItemCod'; did you mean 'ItemCode'? [UNKNOWN_FIELD]",
                mapping + ":7:3: unknown target field 'skus' in shop.product [UNKNOWN_TARGET]");
    }

    @Test
    void mergedShowsTheDocumentWithItsTemplate() throws IOException {
        Path template = dir.resolve("templates/acme/shop/stock.yaml");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "flow: stock\nsource: erp.item\ntarget: shop.product\nkey: ItemCode\nfields:\n  sku: ItemCode\n  qty: Qty\n");
        Path mapping = write("client.yaml", "extends: acme/shop/stock\nfields:\n  qty: coalesce(Qty, 0)\n");
        CommandRun run = CommandRun.of("check", "--merged", mapping.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("flow: stock").contains("sku: ItemCode").contains("qty: coalesce(Qty, 0)").endsWith("ok\n");
    }

    @Test
    void aMissingFileIsBadUsage() {
        CommandRun run = CommandRun.of("check", dir.resolve("nope.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no such mapping file");
    }

    @Test
    void builtinSchemasCheckAShippedTemplateAgainstItsConnectors() {
        CommandRun run = CommandRun.of("check", "templates/cegid-xrp-flex/woocommerce/stock.yaml",
                "templates/ebp/shopify/customers.yaml", "--schemas", "builtin");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).isEqualTo("ok\n");
    }

    @Test
    void builtinSchemasFindUnknownFieldsOfTheDocumentsErp() throws IOException {
        Path mapping = write("stock.yaml", """
                flow: stock
                source: erp.stock
                target: shopify.stock
                key: inventoryId
                fields:
                  sku: inventoryId
                  quantity: sum(warehouses, 'qtyAvailable')
                  location: warehouse
                  qty: 1
                """);
        CommandRun run = CommandRun.of("check", mapping.toString(), "--schemas", "builtin");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).containsExactly(
                mapping + ":8:13: unknown source field 'warehouse'; did you mean 'warehouses'? [UNKNOWN_FIELD]",
                mapping + ":9:3: unknown target field 'qty' in shopify.stock [UNKNOWN_TARGET]");
        CommandRun ebp = CommandRun.of("check", mapping.toString(), "--schemas", "builtin:ebp");
        assertThat(ebp.out()).contains("no schema describes 'erp.stock'");
    }

    @Test
    void anUnknownBuiltinErpIsBadUsage() throws IOException {
        Path mapping = write("ok.yaml", "flow: stock\nsource: erp.item\ntarget: shop.product\nkey: ItemCode\nfields:\n  sku: ItemCode\n");
        CommandRun run = CommandRun.of("check", mapping.toString(), "--schemas", "builtin:sage");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: --schemas: no ERP connector 'sage'; ERP connectors: cegid-xrp-flex, ebp");
    }
}
