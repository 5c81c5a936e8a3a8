package fr.passerelle.demo;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo mode, bound from {@code passerelle.demo.*}.
 *
 * @param enabled serve the sandboxes under {@code /sandbox/*} and create the demo client; unset:
 *     on with the embedded default database, off with an external one ({@code spring.datasource.url})
 * @param sandboxRemoteAccess let the sandboxes answer other addresses than this machine's loopback
 *     (off: they answer 404 to everyone else)
 */
@ConfigurationProperties("passerelle.demo")
public record DemoProperties(@Nullable Boolean enabled, boolean sandboxRemoteAccess) {
}
