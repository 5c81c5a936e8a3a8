package fr.passerelle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.sandbox.SandboxServer;
import fr.passerelle.sandbox.shop.shopify.ShopifySandbox;
import fr.passerelle.sandbox.shop.woocommerce.WooCommerceSandbox;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code connector woocommerce read} and {@code connector shopify read} against their sandboxes
 * over real HTTP: with the README's flags, and with the secrets from the environment or
 * standard input (a JVM of their own, as from a shell), so no secret needs to show in {@code ps}.
 */
class ConnectorCredentialsIT {

    private static final WooCommerceSandbox WOO = new WooCommerceSandbox("ck_cli_test", "cs_cli_test");
    private static final ShopifySandbox SHOPIFY = new ShopifySandbox("shpat_cli_test");
    private static SandboxServer server;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void start() {
        server = SandboxServer.start(0, WOO, SHOPIFY);
        WOO.createProduct("CLI-1", "Pull bleu");
        SHOPIFY.seedOrders(2);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void wooCommerceReadsWithTheReadmeKeyAndSecretFlags() {
        int code = run("connector", "woocommerce", "read", "woocommerce.product", "--url", server.baseUrl("woocommerce"),
                "--key", "ck_cli_test", "--secret", "cs_cli_test");

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString().lines()).singleElement().asString()
                .startsWith("{\"entity\":\"woocommerce.product\"").contains("CLI-1");
    }

    @Test
    void wooCommerceAlsoTakesTheNamesTheSandboxPrints() {
        int code = run("connector", "woocommerce", "read", "woocommerce.product", "--url", server.baseUrl("woocommerce"),
                "--consumer-key", "ck_cli_test", "--consumer-secret", "cs_cli_test");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("CLI-1");
    }

    @Test
    void aWrongWooCommerceSecretIsRefusedByTheShopInOneLine() {
        int code = run("connector", "woocommerce", "read", "woocommerce.product", "--url", server.baseUrl("woocommerce"),
                "--key", "ck_cli_test", "--secret", "wrong");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines()).singleElement().asString().startsWith("error: woocommerce").contains("401");
    }

    @Test
    void shopifyReadsWithTheReadmeTokenFlag() {
        int code = run("connector", "shopify", "read", "shopify.order", "--url", server.baseUrl("shopify"),
                "--token", "shpat_cli_test");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString().lines()).hasSize(2)
                .allSatisfy(line -> assertThat(line).startsWith("{\"entity\":\"shopify.order\""));
    }

    @Test
    void wooCommerceReadsWithItsSecretsFromTheEnvironment() throws Exception {
        ChildJvm run = ChildJvm.run(Map.of("WOO_KEY", "ck_cli_test", "WOO_SECRET", "cs_cli_test"), "",
                "connector", "woocommerce", "read", "woocommerce.product", "--url", server.baseUrl("woocommerce"),
                "--key-env", "WOO_KEY", "--secret-env", "WOO_SECRET");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("CLI-1");
    }

    @Test
    void shopifyReadsWithItsTokenFromTheEnvironment() throws Exception {
        ChildJvm run = ChildJvm.run(Map.of("SHOPIFY_TOKEN", "shpat_cli_test"), "",
                "connector", "shopify", "read", "shopify.order", "--url", server.baseUrl("shopify"),
                "--token-env", "SHOPIFY_TOKEN");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(2);
    }

    @Test
    void aSecretCanComeFromStandardInput() throws Exception {
        ChildJvm run = ChildJvm.run(Map.of(), "cs_cli_test\n",
                "connector", "woocommerce", "read", "woocommerce.product", "--url", server.baseUrl("woocommerce"),
                "--key", "ck_cli_test", "--secret-stdin");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("CLI-1");
    }

    @Test
    void anUnsetVariableIsOneLineNamingIt() throws Exception {
        ChildJvm run = ChildJvm.run(Map.of(), "",
                "connector", "shopify", "read", "shopify.order", "--url", server.baseUrl("shopify"),
                "--token-env", "NO_SUCH_VARIABLE_FOR_PASSERELLE");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString()
                .isEqualTo("error: --token-env: the environment variable NO_SUCH_VARIABLE_FOR_PASSERELLE is not set");
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return PasserelleCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
