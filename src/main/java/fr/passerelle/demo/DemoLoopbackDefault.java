package fr.passerelle.demo;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A studio that runs the demo listens on the loopback address only ({@code server.address=127.0.0.1})
 * unless {@code server.address} is set: a trial must not open the studio and its simulators to
 * the network. Set {@code server.address} (e.g. {@code 0.0.0.0}) to expose it, preferably behind
 * a TLS reverse proxy (docs/security.md).
 */
public final class DemoLoopbackDefault implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "passerelleDemoLoopback";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("server.address") || !DemoConfigured.configured(environment)) {
            return;
        }
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE, Map.of("server.address", "127.0.0.1")));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
