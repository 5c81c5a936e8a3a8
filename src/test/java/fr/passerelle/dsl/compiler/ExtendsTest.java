package fr.passerelle.dsl.compiler;

import static fr.passerelle.dsl.Mappings.record;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.dsl.Diagnostic;
import fr.passerelle.dsl.DocumentWriter;
import fr.passerelle.dsl.TemplateResolver;
import fr.passerelle.plan.FieldMapping;
import fr.passerelle.plan.MappingResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extends}: a document overrides a template's fields and lookup entries by key, rules by name (MAP-6). */
class ExtendsTest {

    private static final String CHILD = """
            extends: test-erp/test-shop/products
            lookups:
              taxClass:
                "5.5": reduced-rate
            fields:
              name: upper(trim(Caption))
              ean: ean13(Barcode)
            rules:
              - name: dormant items are drafts
                when: Sleeping
                set:
                  status: "'private'"
            """;

    private final MappingCompiler compiler = new MappingCompiler();

    @Test
    void documentOverridesTemplateFieldsInPlaceAndAddsItsOwn() {
        var result = compiler.compile(CHILD, "child.yaml");
        assertThat(result.errors()).isEmpty();
        assertThat(result.planOrThrow().fields()).extracting(FieldMapping::name)
                .containsExactly("sku", "name", "tax_class", "status", "ean");
        var mapped = (MappingResult.Mapped) result.planOrThrow().apply(
                record("ItemCode", "A1", "Caption", " pull ", "VatRate", new BigDecimal("5.50"), "Sleeping", false), Map.of());
        assertThat(mapped.payload()).containsEntry("name", "PULL").containsEntry("tax_class", "reduced-rate")
                .containsEntry("status", "publish");
    }

    @Test
    void lookupEntriesMergeByKeyKeepingTheTemplateDefault() {
        var plan = compiler.compile(CHILD, "child.yaml").planOrThrow();
        assertThat(plan.lookups().get("taxClass").entries()).containsEntry("20", "standard").containsEntry("5.5", "reduced-rate");
        var mapped = (MappingResult.Mapped) plan.apply(record("ItemCode", "A1", "Caption", "x", "VatRate", 7), Map.of());
        assertThat(mapped.payload()).containsEntry("tax_class", "standard");
    }

    @Test
    void rulesAreOverriddenByNameAndTheOthersKept() {
        var plan = compiler.compile(CHILD, "child.yaml").planOrThrow();
        assertThat(plan.rules()).hasSize(2);
        var dormant = (MappingResult.Mapped) plan.apply(record("ItemCode", "A1", "Caption", "x", "Sleeping", true), Map.of());
        assertThat(dormant.payload()).containsEntry("status", "private");
        var nameless = (MappingResult.Failed) plan.apply(record("ItemCode", "A2", "Caption", " "), Map.of());
        assertThat(nameless.error()).isEqualTo("item has no name");
    }

    @Test
    void theMergedDocumentReadsAsOneDocument() {
        String merged = DocumentWriter.write(compiler.compile(CHILD, "child.yaml").document());
        assertThat(merged).contains("name: upper(trim(Caption))").contains("tax_class: lookup('taxClass', VatRate)")
                .contains("'5.5': reduced-rate").contains("status: '''private'''").doesNotContain("status: '''draft'''");
    }

    @Test
    void theMergedDocumentCompilesAloneToAPlanWithTheSameContentHash() {
        var original = compiler.compile(CHILD, "child.yaml");
        String merged = DocumentWriter.write(original.document());
        var again = compiler.compile(merged, "merged.yaml");
        assertThat(again.diagnostics()).isEmpty();
        assertThat(again.planOrThrow().contentHash()).isEqualTo(original.planOrThrow().contentHash());
    }

    @Test
    void templatesAreFoundInATemplatesFolderAboveTheDocument(@TempDir Path dir) throws IOException {
        Path template = dir.resolve("templates/acme/shop/stock.yaml");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "flow: stock\nsource: erp.item\ntarget: shop.product\nkey: ItemCode\nfields:\n  sku: ItemCode\n");
        Path document = dir.resolve("profiles/client-a/stock.yaml");
        Files.createDirectories(document.getParent());
        Files.writeString(document, "extends: acme/shop/stock\nfields:\n  qty: Qty\n");
        var result = compiler.compile(Files.readString(document), document.toString());
        assertThat(result.errors()).isEmpty();
        assertThat(result.planOrThrow().flow()).isEqualTo("stock");
    }

    @Test
    void anUnknownTemplateIsAnErrorAtTheExtendsValue() {
        var result = compiler.compile("flow: x\nextends: nobody/none/products\n", "doc.yaml");
        assertThat(result.errors()).extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
                .contains(org.assertj.core.groups.Tuple.tuple("UNKNOWN_TEMPLATE", 2, 10));
    }

    @Test
    void problemsInsideTheTemplateAreReportedInTheTemplateFile() {
        TemplateResolver broken = (reference, from) -> Optional.of(new TemplateResolver.Template("base.yaml",
                "flow: p\nsource: s\ntarget: t\nkey: Id\nfields:\n  a: trimm(X)\n"));
        var result = new MappingCompiler(Map.of(), broken).compile("extends: any/thing/here\nfields:\n  b: Y\n", "child.yaml");
        assertThat(result.errors()).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo("base.yaml");
            assertThat(d.line()).isEqualTo(6);
            assertThat(d.column()).isEqualTo(6);
        });
    }

    @Test
    void templatesExtendingEachOtherInALoopAreReported() {
        TemplateResolver loop = (reference, from) -> Optional.of(new TemplateResolver.Template(reference + ".yaml",
                "extends: " + (reference.equals("a/b/c") ? "d/e/f" : "a/b/c") + "\n"));
        var result = new MappingCompiler(Map.of(), loop).compile("extends: a/b/c\n", "doc.yaml");
        assertThat(result.errors()).extracting(Diagnostic::code).contains("TEMPLATE_CYCLE");
    }
}
