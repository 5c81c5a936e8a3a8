package fr.passerelle.sync;

import fr.passerelle.connector.ConnectorRegistry;
import fr.passerelle.store.PostgresRateBudgetStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The connectors of the jar (ServiceLoader), as the studio's bean: the same set the command line
 * sees. Their shared rate budget (one per shop host) is made cluster-wide through PostgreSQL
 * before any connector is handed out.
 */
@Configuration(proxyBeanMethods = false)
class ConnectorConfiguration {

    @Bean
    ClusterRateBudget clusterRateBudget(PostgresRateBudgetStore store) {
        return new ClusterRateBudget(store);
    }

    @Bean
    ConnectorRegistry connectorRegistry(ClusterRateBudget sharedBudget) {
        // sharedBudget is only asked for so the store is in place before a session is opened
        return ConnectorRegistry.load();
    }
}
