package fr.passerelle.cli;

import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import picocli.CommandLine.Command;

/**
 * A worker node (issue 15, point 5): the scheduler and the engine on the configured PostgreSQL,
 * without the UI and without a web server. A deployment is one studio and N workers; Quartz
 * (clustered) spreads the flows' triggers over them. Runs until stopped (SIGTERM: Quartz stops
 * taking triggers, a run cut short is resumed by another node).
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Run the scheduler and the engine without the UI (a cluster node).",
            "  worker [--spring.property=value ...]",
            "Needs the studio's database (PASSERELLE_DB_URL, PASSERELLE_DB_USER, PASSERELLE_DB_PASSWORD)",
            "and its key (PASSERELLE_SECRET_KEY). Stops on SIGTERM. Exit 1: it could not start."})
final class WorkerCommand implements java.util.concurrent.Callable<Integer> {

    @picocli.CommandLine.Unmatched
    java.util.List<String> springArguments = new java.util.ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        ConfigurableApplicationContext context;
        try {
            context = start(springArguments.toArray(String[]::new));
        } catch (RuntimeException e) {
            System.err.println("error: the worker cannot start: " + ErrorLines.describe(e));
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                stopped.countDown();
            }
        });
        context.registerShutdownHook();
        System.err.println("worker " + ProcessHandle.current().pid() + " started");
        stopped.await();
        return 0;
    }

    static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(WorkerNode.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(fr.passerelle.platform.ExternalDatabase.defaultProperties(System.getenv()))
                .properties("spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
                        "logging.level.org.springframework.boot.diagnostics=OFF", "spring.main.banner-mode=off",
                        "passerelle.demo.enabled=false")
                .run(args);
    }

    /** The back end and the scheduler: no {@code ui}, no {@code demo}, no web server. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @ConfigurationPropertiesScan("fr.passerelle.platform")
    @ComponentScan({"fr.passerelle.platform", "fr.passerelle.store", "fr.passerelle.sync", "fr.passerelle.scheduler"})
    static class WorkerNode {
    }
}
