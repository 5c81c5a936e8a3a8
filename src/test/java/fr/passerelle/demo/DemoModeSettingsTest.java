package fr.passerelle.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/**
 * The demo is explicit (issue 17, points 1 and 3): {@code passerelle.demo.enabled}, on by default
 * only with the embedded database; a demo studio listens on loopback unless {@code server.address} is set.
 */
class DemoModeSettingsTest {

    @Test
    void theDemoIsOnByDefaultWithTheEmbeddedDatabaseAndOffWithAnExternalOne() {
        assertThat(DemoConfigured.configured(new MockEnvironment())).isTrue();
        assertThat(DemoConfigured.configured(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/passerelle"))).isFalse();
    }

    @Test
    void anExplicitSettingWins() {
        assertThat(DemoConfigured.configured(new MockEnvironment().withProperty(DemoConfigured.ENABLED, "false")))
                .isFalse();
        assertThat(DemoConfigured.configured(new MockEnvironment().withProperty(DemoConfigured.ENABLED, "true")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/staging"))).isTrue();
    }

    @Test
    void aDemoStudioListensOnLoopbackUnlessTheUserSetsTheAddress() {
        MockEnvironment demo = new MockEnvironment();
        new DemoLoopbackDefault().postProcessEnvironment(demo, new SpringApplication());
        assertThat(demo.getProperty("server.address")).isEqualTo("127.0.0.1");

        MockEnvironment exposed = new MockEnvironment().withProperty("server.address", "0.0.0.0");
        new DemoLoopbackDefault().postProcessEnvironment(exposed, new SpringApplication());
        assertThat(exposed.getProperty("server.address")).isEqualTo("0.0.0.0");

        MockEnvironment production = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/passerelle");
        new DemoLoopbackDefault().postProcessEnvironment(production, new SpringApplication());
        assertThat(production.getProperty("server.address")).isNull();
    }
}
