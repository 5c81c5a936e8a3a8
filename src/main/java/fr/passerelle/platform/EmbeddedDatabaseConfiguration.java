package fr.passerelle.platform;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: when no database is configured ({@code spring.datasource.url} or
 * {@code PASSERELLE_DB_URL}), start a real PostgreSQL under the data folder.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseConfigured.class)
class EmbeddedDatabaseConfiguration {

    @Bean
    EmbeddedDatabase embeddedDatabase(PasserelleProperties properties) {
        return new EmbeddedDatabase(EmbeddedServers.acquire(properties.dataDir(),
                properties.database().throwaway(), properties.database().serverFolder()));
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.server().jdbcUrl());
        dataSource.setUsername(database.server().user());
        dataSource.setPassword(database.server().password());
        dataSource.setPoolName("passerelle");
        dataSource.setMaximumPoolSize(12);
        return dataSource;
    }

    /** Holds the lease on the server so it outlives the pool that uses it. */
    record EmbeddedDatabase(EmbeddedPostgres server) implements DisposableBean {
        @Override
        public void destroy() {
            EmbeddedServers.release(server);
        }
    }
}
