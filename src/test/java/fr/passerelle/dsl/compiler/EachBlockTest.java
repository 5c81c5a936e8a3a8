package fr.passerelle.dsl.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.connector.EntitySchema;
import fr.passerelle.connector.FieldSchema;
import fr.passerelle.connector.FieldType;
import fr.passerelle.dsl.Diagnostic;
import fr.passerelle.dsl.DocumentReader;
import fr.passerelle.dsl.DocumentWriter;
import fr.passerelle.dsl.TemplateResolver;
import fr.passerelle.plan.MappingPlan;
import fr.passerelle.plan.MappingResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code each} blocks: lists of objects built from the source's lists (order lines and their taxes,
 * a matrix item's variants), with the semantics of issue 10, point 4 (MAP-1, ORD-1, ART-3).
 */
class EachBlockTest {

    private static final String HEAD = "flow: orders\nsource: woocommerce.order\ntarget: erp.sales-order\nkey: number\n";

    private final MappingCompiler compiler = new MappingCompiler();

    private MappingPlan plan(String yaml) {
        return compiler.compile(HEAD + yaml, "order.yaml").planOrThrow();
    }

    private static Map<String, Object> mapped(MappingResult result) {
        assertThat(result).as(result.toString()).isInstanceOf(MappingResult.Mapped.class);
        return ((MappingResult.Mapped) result).payload();
    }

    private static final String LINES = """
            let:
              currency: "'EUR'"
            fields:
              lines:
                each: line_items
                where: quantity > 0
                let:
                  net: round(price * quantity, 2)
                fields:
                  inventoryId: sku
                  quantity: quantity
                  amount: net
                  lineNo: index + 1
                  orderRef: parent.number
                  currency: currency
                  note: note
                  taxes:
                    each: taxes
                    fields:
                      rate: rate
                      amount: round(total, 2)
                      line: parent.sku
                      position: index
            """;

    @Test
    void eachKeptItemBecomesOneObjectInSourceOrderWithItsLetsIndexAndParent() {
        var order = Map.of("number", "1001", "note", "from the order", "line_items", List.of(
                Map.of("sku", "PULL-M", "quantity", 2, "price", new BigDecimal("24.50"), "note", "gift wrap",
                        "taxes", List.of(Map.of("rate", 20, "total", new BigDecimal("9.80")))),
                Map.of("sku", "GIFT", "quantity", 0, "price", 0),
                Map.of("sku", "THE", "quantity", 3, "price", new BigDecimal("8.333"), "taxes", List.of())));
        Map<String, Object> payload = mapped(plan(LINES).apply(order, Map.of()));
        assertThat(payload.get("lines")).isEqualTo(List.of(
                Map.of("inventoryId", "PULL-M", "quantity", 2, "amount", new BigDecimal("49.00"), "lineNo", BigDecimal.ONE,
                        "orderRef", "1001", "currency", "EUR", "note", "gift wrap",
                        "taxes", List.of(Map.of("rate", 20, "amount", new BigDecimal("9.80"), "line", "PULL-M",
                                "position", BigDecimal.ZERO))),
                Map.of("inventoryId", "THE", "quantity", 3, "amount", new BigDecimal("25.00"), "lineNo", BigDecimal.valueOf(3),
                        "orderRef", "1001", "currency", "EUR", "note", "from the order", "taxes", List.of())));
    }

    @Test
    void aNullListLeavesTheFieldOutAnEmptyListGivesAnEmptyList() {
        MappingPlan plan = plan(LINES);
        assertThat(mapped(plan.apply(Map.of("number", "1"), Map.of()))).doesNotContainKey("lines");
        assertThat(mapped(plan.apply(Map.of("number", "1", "line_items", List.of()), Map.of())))
                .containsEntry("lines", List.of());
    }

    @Test
    void anItemFieldThatGivesNullIsLeftOutAndAnItemWithNoValueGivesAnEmptyObject() {
        MappingPlan plan = plan("""
                fields:
                  lines:
                    each: line_items
                    fields: {inventoryId: sku, quantity: quantity}
                """);
        var order = Map.of("number", "1", "line_items", List.of(Map.of("sku", "A"), Map.of("other", 1)));
        assertThat(mapped(plan.apply(order, Map.of()))).containsEntry("lines", List.of(Map.of("inventoryId", "A"), Map.of()));
    }

    @Test
    void anItemFieldWinsOverARecordFieldOfTheSameNameAndItemReadsPlainValues() {
        MappingPlan plan = plan("""
                fields:
                  tags:
                    each: split(labels, ',')
                    fields: {name: item, at: index}
                  lines:
                    each: line_items
                    fields: {n: number}
                """);
        var order = Map.of("number", "R", "labels", "a, b", "line_items", List.of(Map.of("number", "I"), Map.of()));
        Map<String, Object> payload = mapped(plan.apply(order, Map.of()));
        assertThat(payload.get("tags")).isEqualTo(List.of(Map.of("name", "a", "at", BigDecimal.ZERO),
                Map.of("name", "b", "at", BigDecimal.ONE)));
        assertThat(payload.get("lines")).isEqualTo(List.of(Map.of("n", "I"), Map.of("n", "R")));
    }

    @Test
    void aFailureInsideAnItemFailsTheRecordNamingThePathWithTheIndex() {
        MappingPlan plan = plan(LINES);
        var order = Map.of("number", "9", "line_items", List.of(
                Map.of("sku", "A", "quantity", 1, "price", 1),
                Map.of("sku", "B", "quantity", 1, "price", 2, "taxes", List.of(Map.of("rate", 20, "total", 1), Map.of("rate", 5.5, "total", "abc")))));
        var failed = (MappingResult.Failed) plan.apply(order, Map.of());
        assertThat(failed.field()).isEqualTo("lines[1].taxes[1].amount");
        assertThat(failed.error()).startsWith("lines[1].taxes[1].amount: ").contains("abc");
        var bad = Map.of("number", "9", "line_items", List.of(Map.of("sku", "A", "quantity", 1, "price", "abc")));
        var failedLet = (MappingResult.Failed) plan.apply(bad, Map.of());
        assertThat(failedLet.error()).startsWith("lines[0].net: ").contains("abc");
    }

    @Test
    void eachMustGiveAList() {
        var failed = (MappingResult.Failed) plan(LINES).apply(Map.of("number", "1", "line_items", "oops"), Map.of());
        assertThat(failed.field()).isEqualTo("lines");
        assertThat(failed.error()).contains("must give a list, not a text");
    }

    @Test
    void testsCompareListsExactlyInOrderAndLength() {
        String mapping = LINES + """
                tests:
                  - name: exact lines
                    input: {number: "1", line_items: [{sku: A, quantity: 1, price: 2}, {sku: B, quantity: 2, price: 1}]}
                    expect:
                      lines: [{inventoryId: A, quantity: 1, amount: 2, lineNo: 1, orderRef: "1", currency: EUR},
                              {inventoryId: B, quantity: 2, amount: 2, lineNo: 2, orderRef: "1", currency: EUR}]
                  - name: wrong order
                    input: {number: "1", line_items: [{sku: A, quantity: 1, price: 2}, {sku: B, quantity: 2, price: 1}]}
                    expect:
                      lines: [{inventoryId: B, quantity: 2, amount: 2, lineNo: 2, orderRef: "1", currency: EUR},
                              {inventoryId: A, quantity: 1, amount: 2, lineNo: 1, orderRef: "1", currency: EUR}]
                  - name: too short
                    input: {number: "1", line_items: [{sku: A, quantity: 1, price: 2}, {sku: B, quantity: 2, price: 1}]}
                    expect:
                      lines: [{inventoryId: A, quantity: 1, amount: 2, lineNo: 1, orderRef: "1", currency: EUR}]
                """;
        List<Diagnostic> errors = compiler.compile(HEAD + mapping, "order.yaml").errors();
        assertThat(errors).extracting(Diagnostic::message).hasSize(2)
                .allMatch(m -> m.startsWith("test 'wrong order'") || m.startsWith("test 'too short'"));
    }

    @Test
    void schemasCheckItemFieldsOfSourceAndTargetLists() {
        EntitySchema source = new EntitySchema("woocommerce.order", List.of(
                FieldSchema.of("number", FieldType.STRING, "order number"),
                FieldSchema.of("line_items", FieldType.LIST, "lines"),
                FieldSchema.of("line_items[].sku", FieldType.STRING, "SKU"),
                FieldSchema.of("line_items[].quantity", FieldType.INTEGER, "quantity")), true, false, false);
        EntitySchema target = new EntitySchema("erp.sales-order", List.of(
                FieldSchema.of("lines", FieldType.LIST, "lines"),
                FieldSchema.of("lines[].inventoryId", FieldType.STRING, "item"),
                FieldSchema.of("lines[].quantity", FieldType.DECIMAL, "quantity")), false, true, false);
        var schemaCompiler = new MappingCompiler(Map.of(source.name(), source, target.name(), target), TemplateResolver.standard());
        var result = schemaCompiler.compile(HEAD + """
                fields:
                  lines:
                    each: line_items
                    fields:
                      inventoryId: skuu
                      quantity: quantity
                      qty: number
                """, "order.yaml");
        assertThat(result.errors()).extracting(d -> d.line() + ":" + d.column() + " " + d.code() + " " + d.message())
                .containsExactly(
                        "9:20 UNKNOWN_FIELD unknown field 'skuu' (neither an item field nor a source field); did you mean 'sku'?",
                        "11:7 UNKNOWN_TARGET unknown target field 'lines[].qty' in erp.sales-order");
    }

    @Test
    void aBlockWithoutEachOrFieldsIsAShapeError() {
        var result = compiler.compile(HEAD + "fields:\n  lines:\n    where: x\n    fields: {a: b}\n  more:\n    each: x\n", "o.yaml");
        assertThat(result.errors()).extracting(Diagnostic::code).containsExactly("SHAPE", "MISSING_KEY");
    }

    @Test
    void theBlocksWhereCannotReadTheBlocksLets() {
        var result = compiler.compile(HEAD + "fields:\n  lines:\n    each: items\n    where: net > 0\n    let: {net: price}\n"
                + "    fields: {a: net}\n", "o.yaml");
        assertThat(result.errors()).extracting(Diagnostic::message)
                .containsExactly("the block's 'where' runs before its 'let': net cannot be used there; write the condition with the item's fields");
    }

    @Test
    void mergedDocumentsPrintBlocksAndExtendsOverridesABlockWhole() {
        String text = DocumentWriter.write(DocumentReader.read(HEAD + LINES, "o.yaml").document());
        assertThat(text).contains("  lines:\n    each: line_items\n    where: quantity > 0\n    let:\n      net: round(price * quantity, 2)\n")
                .contains("    fields:\n      inventoryId: sku\n").contains("      taxes:\n        each: taxes\n");
        var base = DocumentReader.read(HEAD + LINES, "base.yaml").document();
        var override = DocumentReader.read("fields:\n  lines:\n    each: line_items\n    fields: {sku: sku}\n", "mine.yaml").document();
        var merged = fr.passerelle.dsl.DocumentMerger.merge(base, override);
        assertThat(merged.fields()).hasSize(1);
        assertThat(merged.fields().getFirst().block().fields()).extracting(e -> e.name().text()).containsExactly("sku");
    }
}
