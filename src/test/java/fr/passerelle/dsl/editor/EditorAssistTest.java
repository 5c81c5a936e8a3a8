package fr.passerelle.dsl.editor;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.connector.EntitySchema;
import fr.passerelle.connector.FieldSchema;
import fr.passerelle.connector.FieldType;
import fr.passerelle.dsl.TemplateResolver;
import fr.passerelle.dsl.function.FunctionCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The editor's compile service: diagnostics and the completions at a cursor (MAP-1, MAP-2; issue 10, point 7). */
class EditorAssistTest {

    static final EntitySchema ORDER = new EntitySchema("woocommerce.order", List.of(
            FieldSchema.required("number", FieldType.STRING, "order number"),
            FieldSchema.of("shipping_total", FieldType.DECIMAL, "shipping"),
            FieldSchema.of("line_items", FieldType.LIST, "lines"),
            FieldSchema.of("line_items[].sku", FieldType.STRING, "SKU"),
            FieldSchema.of("line_items[].quantity", FieldType.INTEGER, "quantity"),
            FieldSchema.of("line_items[].taxes", FieldType.LIST, "taxes"),
            FieldSchema.of("line_items[].taxes[].total", FieldType.DECIMAL, "tax amount")), true, false, false);
    static final EntitySchema SALES_ORDER = new EntitySchema("erp.sales-order", List.of(
            FieldSchema.required("customerId", FieldType.STRING, "customer"),
            FieldSchema.of("customerOrder", FieldType.STRING, "customer reference"),
            FieldSchema.of("lines", FieldType.LIST, "lines"),
            FieldSchema.of("lines[].inventoryId", FieldType.STRING, "item"),
            FieldSchema.of("lines[].quantity", FieldType.DECIMAL, "quantity")), false, true, false);

    private final EditorAssist assist = new EditorAssist(Map.of(ORDER.name(), ORDER, SALES_ORDER.name(), SALES_ORDER),
            TemplateResolver.standard());

    private static final String DOCUMENT = """
            flow: orders
            source: woocommerce.order
            target: erp.sales-order
            key: number
            let:
              ref: "'WEB-' + number"
            fields:
              customerOrder: re
              cust: ref
              lines:
                each: line_items
                let:
                  q: quantity
                fields:
                  inventoryId: sk
                  quan: q
            """;

    private static List<String> labels(Analysis analysis) {
        return analysis.completions().stream().map(Completion::label).toList();
    }

    private Analysis at(String marker) {
        int cursor = DOCUMENT.indexOf(marker) + marker.length();
        return assist.analyze(DOCUMENT, "order.yaml", cursor);
    }

    @Test
    void inAnExpressionItSuggestsLetsSourceFieldsAndFunctionsWithTheirSignatures() {
        Analysis analysis = at("customerOrder: re");
        assertThat(labels(analysis)).containsExactly("ref", "replace(");
        assertThat(analysis.completions().get(1).detail()).isEqualTo("replace(text, find, with)");
        assertThat(labels(assist.analyze(DOCUMENT, "order.yaml", DOCUMENT.indexOf("customerOrder: re") + 15)))
                .contains("number", "shipping_total", "line_items", "ref", "fmt(", "round(", "sum(", "target", "profile")
                .doesNotContain("sku", "index");
    }

    @Test
    void insideABlockItSuggestsTheItemsFieldsTheBlocksLetsAndIndexParentItem() {
        assertThat(labels(at("inventoryId: sk"))).containsExactly("sku");
        int cursor = DOCUMENT.indexOf("quan: q") + "quan: ".length();
        List<String> all = labels(assist.analyze(DOCUMENT, "order.yaml", cursor));
        assertThat(all).startsWith("sku", "quantity", "taxes", "q", "ref", "number").contains("index", "parent", "item");
    }

    @Test
    void inKeyPositionItSuggestsTheTargetsFieldsAndInsideABlockTheListsItemFields() {
        int top = DOCUMENT.indexOf("  cust: ref") + "  cust".length();
        assertThat(labels(assist.analyze(DOCUMENT, "order.yaml", top))).containsExactly("customerId", "customerOrder");
        int inner = DOCUMENT.indexOf("      quan: q") + "      quan".length();
        Analysis analysis = assist.analyze(DOCUMENT, "order.yaml", inner);
        assertThat(labels(analysis)).containsExactly("quantity");
        assertThat(analysis.completions().getFirst().kind()).isEqualTo(Completion.Kind.TARGET_FIELD);
        assertThat(analysis.completions().getFirst().detail()).isEqualTo("decimal: quantity");
    }

    @Test
    void afterADotItSuggestsTheMethodsOfValues() {
        String text = DOCUMENT.replace("cust: ref", "cust: ref.to");
        int cursor = text.indexOf("ref.to") + "ref.to".length();
        assertThat(labels(assist.analyze(text, "order.yaml", cursor))).containsExactly("toLocalDate(", "toLowerCase(", "toPlainString(",
                "toString(", "toUpperCase(");
    }

    @Test
    void diagnosticsAreTheCompilersOwn() {
        Analysis analysis = at("customerOrder: re");
        assertThat(analysis.diagnostics()).extracting(d -> d.line() + ":" + d.code())
                .containsExactly("8:UNKNOWN_FIELD", "9:UNKNOWN_TARGET", "15:UNKNOWN_FIELD", "16:UNKNOWN_TARGET");
    }

    @Test
    void everyFunctionHasASignature() {
        List<String> missing = new ArrayList<>();
        FunctionCatalog.names().forEach(f -> {
            if (!FunctionCatalog.find(f).signature().startsWith(f + "(")) {
                missing.add(f);
            }
        });
        assertThat(missing).isEmpty();
    }
}
