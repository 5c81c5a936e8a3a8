package fr.passerelle.sandbox.erp.odata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.sandbox.erp.odata.FilterNode.And;
import fr.passerelle.sandbox.erp.odata.FilterNode.Call;
import fr.passerelle.sandbox.erp.odata.FilterNode.Compare;
import fr.passerelle.sandbox.erp.odata.FilterNode.CustomField;
import fr.passerelle.sandbox.erp.odata.FilterNode.Literal;
import fr.passerelle.sandbox.erp.odata.FilterNode.Not;
import fr.passerelle.sandbox.erp.odata.FilterNode.Operator;
import fr.passerelle.sandbox.erp.odata.FilterNode.Or;
import fr.passerelle.sandbox.erp.odata.FilterNode.Property;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The OData v3 $filter grammar of Acumatica's contract-based API (ART-17, STK-6, PRC-8, CUS-9). */
class FilterParserTest {

    @Test
    void parsesAComparisonOfAFieldWithAQuotedString() {
        assertThat(FilterParser.parse("CustomerID eq 'C00012'"))
                .isEqualTo(new Compare(Operator.EQ, new Property(List.of("CustomerID")), new Literal("C00012")));
    }

    @Test
    void decodesDoubledQuotesInsideStrings() {
        assertThat(FilterParser.parse("Description eq 'Huile d''olive'"))
                .isEqualTo(new Compare(Operator.EQ, new Property(List.of("Description")), new Literal("Huile d'olive")));
    }

    @Test
    void readsDecimalLiteralsWithTheirSuffixAsExactDecimals() {
        Compare compare = (Compare) FilterParser.parse("DefaultPrice gt 15.01M");
        assertThat(compare.right()).isEqualTo(new Literal(new BigDecimal("15.01")));
        assertThat(((Compare) FilterParser.parse("Qty le -3")).right()).isEqualTo(new Literal(new BigDecimal("-3")));
    }

    @Test
    void readsTypedDateLiterals() {
        assertThat(((Compare) FilterParser.parse(
                "LastModifiedDateTime gt datetimeoffset'2024-07-15T10:31:28.402+03:00'")).right())
                .isEqualTo(new Literal(OffsetDateTime.parse("2024-07-15T10:31:28.402+03:00")));
        assertThat(((Compare) FilterParser.parse("Date ge date'2025-06-17'")).right())
                .isEqualTo(new Literal(LocalDate.parse("2025-06-17")));
        assertThat(((Compare) FilterParser.parse("LastModifiedDateTime gt 2025-09-10T00:00:00")).right())
                .isEqualTo(new Literal(LocalDateTime.parse("2025-09-10T00:00:00")));
        assertThat(((Compare) FilterParser.parse("NoteID eq guid'0b6f3e0e-1f6a-4a5e-9d4e-3f1c2b7a9e10'")).right())
                .isEqualTo(new Literal(UUID.fromString("0b6f3e0e-1f6a-4a5e-9d4e-3f1c2b7a9e10")));
    }

    @Test
    void givesAndPrecedenceOverOr() {
        FilterNode node = FilterParser.parse("A eq 1 or B eq 2 and C eq 3");
        assertThat(node).isInstanceOf(Or.class);
        assertThat(((Or) node).right()).isInstanceOf(And.class);
    }

    @Test
    void honoursParenthesesAndNot() {
        FilterNode node = FilterParser.parse("not (A eq 1 or B eq 2) and C eq true");
        assertThat(node).isInstanceOf(And.class);
        assertThat(((And) node).left()).isInstanceOf(Not.class);
        assertThat(((Compare) ((And) node).right()).right()).isEqualTo(new Literal(Boolean.TRUE));
    }

    @Test
    void readsLinkedFieldPaths() {
        assertThat(((Compare) FilterParser.parse("MainContact/Address/City eq 'Lyon'")).left())
                .isEqualTo(new Property(List.of("MainContact", "Address", "City")));
    }

    @Test
    void readsTheThreeDocumentedFunctions() {
        assertThat(FilterParser.parse("substringof('bio', Description)")).isEqualTo(new Call("substringof",
                List.of(new Literal("bio"), new Property(List.of("Description")))));
        assertThat(FilterParser.parse("startswith(InventoryID,'VET') and endswith(InventoryID, '-M')"))
                .isInstanceOf(And.class);
    }

    @Test
    void readsCustomFieldReferences() {
        assertThat(((Compare) FilterParser.parse("cf.String(f='ItemSettings.UsrBrand') eq 'Bréval'")).left())
                .isEqualTo(new CustomField("String", "ItemSettings", "UsrBrand"));
    }

    @Test
    void refusesFunctionsTheApiDoesNotOffer() {
        assertThatThrownBy(() -> FilterParser.parse("contains(Description,'bio')"))
                .isInstanceOf(FilterSyntaxException.class).hasMessageContaining("unsupported function 'contains'");
    }

    @Test
    void pointsAtTheProblemInMalformedFilters() {
        assertThatThrownBy(() -> FilterParser.parse("CustomerID eq 'C0001"))
                .isInstanceOf(FilterSyntaxException.class).hasMessageContaining("unterminated string");
        assertThatThrownBy(() -> FilterParser.parse("CustomerID eq"))
                .isInstanceOf(FilterSyntaxException.class).hasMessageContaining("unexpected end");
        assertThatThrownBy(() -> FilterParser.parse("A eq 1 B eq 2"))
                .isInstanceOfSatisfying(FilterSyntaxException.class, e -> assertThat(e.position()).isEqualTo(7));
        assertThatThrownBy(() -> FilterParser.parse("Date gt datetimeoffset'yesterday'"))
                .isInstanceOf(FilterSyntaxException.class).hasMessageContaining("malformed");
        assertThatThrownBy(() -> FilterParser.parse("(A eq 1")).isInstanceOf(FilterSyntaxException.class);
    }
}
