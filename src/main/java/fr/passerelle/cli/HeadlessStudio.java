package fr.passerelle.cli;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;

/**
 * The studio's back end without its web server, UI or scheduler, for commands that need the
 * database (the same one the studio uses: embedded under ./.passerelle or PASSERELLE_DB_URL).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ConfigurationPropertiesScan("fr.passerelle.platform")
@ComponentScan({"fr.passerelle.platform", "fr.passerelle.store", "fr.passerelle.sync"})
class HeadlessStudio {

    static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(HeadlessStudio.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(fr.passerelle.platform.ExternalDatabase.defaultProperties(System.getenv()))
                // Vaadin's auto-configuration needs a web application context; the commands have none.
                .properties("spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
                        "logging.level.org.springframework.boot.diagnostics=OFF")
                // a command neither runs nor (re)writes the studio's schedules: its defaults could
                // replace a cron the studio was configured with
                .properties("spring.quartz.auto-startup=false", "passerelle.drift.enabled=false",
                        "logging.level.root=WARN",
                        "logging.level.fr.passerelle=WARN", "logging.level.org.springframework.boot.SpringApplication=OFF",
                        "logging.level.org.springframework.context=ERROR", "spring.main.banner-mode=off")
                .run();
    }
}
