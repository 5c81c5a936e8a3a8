package fr.passerelle.sandbox.shop.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphQlTest {

    @Test
    void parsesAliasesVariablesLiteralsAndNestedSelections() {
        GraphQl.Operation op = GraphQl.parse("""
                mutation Set($i0: ProductSetInput!) {
                  # a comment
                  m0: productSet(synchronous: true, input: $i0) { product { id } userErrors { field message } }
                  x: orderClose(input: {id: "gid://shopify/Order/1", tags: ["a", "b"]}) { order { id } }
                }""", Map.of("i0", Map.of("title", "T")));

        assertThat(op.mutation()).isTrue();
        assertThat(op.fields()).extracting(GraphQl.Field::key).containsExactly("m0", "x");
        assertThat(op.fields().getFirst().arg("input")).isEqualTo(Map.of("title", "T"));
        assertThat(op.fields().getFirst().arg("synchronous")).isEqualTo(true);
        assertThat(op.fields().get(1).arg("input")).isEqualTo(Map.of("id", "gid://shopify/Order/1", "tags", List.of("a", "b")));
        assertThat(op.fields().getFirst().selections()).extracting(GraphQl.Field::name).containsExactly("product", "userErrors");
    }

    @Test
    void costsConnectionsByTheirPageSize() {
        GraphQl.Operation query = GraphQl.parse("{ products(first: 10) { nodes { id variants(first: 5) { nodes { id } } } } }", Map.of());
        GraphQl.Operation mutation = GraphQl.parse("mutation { a: orderClose(input: {id: \"1\"}) { order { id } } }", Map.of());

        assertThat(Shape.cost(query)).isEqualTo(2 + 10 * (2 + 5));
        assertThat(Shape.cost(mutation)).isEqualTo(10);
    }

    @Test
    void pagesAConnectionWithCursors() {
        GraphQl.Field field = GraphQl.parse("{ things(first: 2) { nodes { n } pageInfo { hasNextPage endCursor } } }", Map.of()).fields().getFirst();
        List<Object> all = List.of(Map.of("n", BigDecimal.ONE), Map.of("n", BigDecimal.TWO), Map.of("n", BigDecimal.TEN));

        Map<String, Object> first = Shape.connection(all, field);
        Map<?, ?> info = (Map<?, ?>) first.get("pageInfo");
        GraphQl.Field next = GraphQl.parse("{ things(first: 2, after: \"" + info.get("endCursor") + "\") { nodes { n } } }", Map.of())
                .fields().getFirst();

        assertThat(info.get("hasNextPage")).isEqualTo(true);
        assertThat(Shape.connection(all, next).get("nodes")).isEqualTo(List.of(Map.of("n", BigDecimal.TEN)));
    }

    @Test
    void readsPastDirectives() {
        GraphQl.Operation op = GraphQl.parse("mutation S($input: InventorySetQuantitiesInput!, $key: String!) {"
                + " inventorySetQuantities(input: $input) @idempotent(key: $key) { userErrors { field } } }", Map.of("input", Map.of()));

        assertThat(op.fields()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("inventorySetQuantities");
            assertThat(f.selections()).extracting(GraphQl.Field::name).containsExactly("userErrors");
        });
    }

    @Test
    void refusesBrokenDocuments() {
        assertThatThrownBy(() -> GraphQl.parse("{ products(first: 10) { nodes { id }", Map.of())).isInstanceOf(GraphQl.SyntaxError.class);
        assertThatThrownBy(() -> GraphQl.parse("{ a } { b }", Map.of())).isInstanceOf(GraphQl.SyntaxError.class);
    }
}
