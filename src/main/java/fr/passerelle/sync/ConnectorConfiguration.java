package fr.passerelle.sync;

import fr.passerelle.connector.ConnectorRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The connectors of the jar (ServiceLoader), as the studio's bean: the same set the command line sees. */
@Configuration(proxyBeanMethods = false)
class ConnectorConfiguration {

    @Bean
    ConnectorRegistry connectorRegistry() {
        return ConnectorRegistry.load();
    }
}
