package fr.passerelle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shop -> ERP templates of issue 11 compile against the connectors' schemas and pass their own tests. */
class ImportTemplatesCheckTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"woocommerce", "shopify"})
    @DisplayName("CIM-1..4, ORD-1..14, PAY-1..5: customers-import, orders and payments templates check with their tests")
    void importTemplatesCheckWithTheirTests(String shop) {
        CommandRun run = CommandRun.of("check", "templates/cegid-xrp-flex/" + shop + "/customers-import.yaml",
                "templates/cegid-xrp-flex/" + shop + "/orders.yaml", "templates/cegid-xrp-flex/" + shop + "/payments.yaml",
                "--schemas", "builtin");
        assertThat(run.out() + run.err()).isEqualTo("ok\n");
        assertThat(run.exitCode()).isZero();
    }
}
