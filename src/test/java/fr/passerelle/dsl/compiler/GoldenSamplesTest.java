package fr.passerelle.dsl.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.dsl.Diagnostic;
import org.junit.jupiter.api.Test;

/** {@code tests:} in a document: golden samples that {@code check} runs (MAP-4, MAP-5). */
class GoldenSamplesTest {

    private static final String MAPPING = """
            flow: products
            source: erp.item
            target: woocommerce.product
            key: ItemCode
            where: Published
            lookups:
              taxClass:
                "20": standard
                "5.5": reduced-rate
            let:
              ttc: round(SalePriceExclTax * (1 + VatRate / 100), 2)
            fields:
              sku: ItemCode
              name: trim(Caption)
              regular_price: fmt(ttc, 2)
              tax_class: lookup('taxClass', VatRate)
              dimensions.length: fmt(Depth / 10, 1)
            tests:
            """;

    private final MappingCompiler compiler = new MappingCompiler();

    @Test
    void passingTestsGiveNoDiagnostic() {
        var result = compiler.compile(MAPPING + """
                  - name: price with 20% VAT
                    input: {ItemCode: A1, Caption: " Pull ", SalePriceExclTax: 10.00, VatRate: 20, Published: true, Depth: 125}
                    expect: {sku: A1, name: Pull, regular_price: "12.00", dimensions.length: "12.5"}
                  - name: unknown VAT rate fails
                    input: {ItemCode: A2, Caption: x, SalePriceExclTax: 1, VatRate: 7, Published: true}
                    fails: taxClass
                  - name: unpublished items are skipped
                    input: {ItemCode: A3, Published: false}
                    skips: true
                  - name: a missing depth leaves the field out
                    input: {ItemCode: A4, Caption: x, SalePriceExclTax: 1, VatRate: 20, Published: true}
                    expect: {dimensions.length: null}
                """, "m.yaml");
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.planOrThrow()).isNotNull();
    }

    @Test
    void aFieldThatDiffersIsAnErrorAtTheTestLineSayingHow() {
        var result = compiler.compile(MAPPING + """
                  - name: wrong price
                    input: {ItemCode: A1, Caption: x, SalePriceExclTax: 10, VatRate: 20, Published: true}
                    expect: {regular_price: "12.01", name: y}
                """, "m.yaml");
        assertThat(result.errors()).extracting(Diagnostic::line, Diagnostic::column, Diagnostic::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(19, 5,
                        "test 'wrong price': field regular_price is \"12.00\" (text), expected \"12.01\" (text)"),
                org.assertj.core.groups.Tuple.tuple(19, 5, "test 'wrong price': field name is \"x\" (text), expected \"y\" (text)"));
    }

    @Test
    void anExpectedFailureThatDoesNotHappenIsReported() {
        var result = compiler.compile(MAPPING + """
                  - name: should fail
                    input: {ItemCode: A1, Caption: x, SalePriceExclTax: 10, VatRate: 20, Published: true}
                    fails: taxClass
                """, "m.yaml");
        assertThat(result.errors()).singleElement().extracting(Diagnostic::message)
                .isEqualTo("test 'should fail': expected a failure containing 'taxClass', but the record was mapped");
    }

    @Test
    void aRecordThatFailsWhereAPayloadWasExpectedSaysWhy() {
        var result = compiler.compile(MAPPING + """
                  - name: needs a payload
                    input: {ItemCode: A1, Caption: x, SalePriceExclTax: 10, VatRate: 7, Published: true}
                    expect: {sku: A1}
                """, "m.yaml");
        assertThat(result.errors()).singleElement().extracting(Diagnostic::message).asString()
                .startsWith("test 'needs a payload': expected a payload, but the record was failed at 'tax_class'")
                .contains("lookup table 'taxClass' has no entry for '7'");
    }

    @Test
    void numbersInExpectationsCompareByValueButNotWithText() {
        var result = compiler.compile(MAPPING + """
                  - name: types matter
                    input: {ItemCode: 7, Caption: x, SalePriceExclTax: 10, VatRate: 20, Published: true}
                    expect: {sku: 7.0, regular_price: 12}
                """, "m.yaml");
        assertThat(result.errors()).singleElement().extracting(Diagnostic::message)
                .isEqualTo("test 'types matter': field regular_price is \"12.00\" (text), expected 12 (number)");
    }
}
