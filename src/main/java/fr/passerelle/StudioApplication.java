package fr.passerelle;

import fr.passerelle.platform.ExternalDatabase;
import fr.passerelle.platform.StartupRefusedException;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The web studio: Spring Boot, Vaadin, the database and the scheduler. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StudioApplication {

    public static void start(String[] args) {
        String[] springArgs = args.length > 0 && "studio".equals(args[0])
                ? Arrays.copyOfRange(args, 1, args.length)
                : args;
        SpringApplication application = new SpringApplication(StudioApplication.class);
        application.setDefaultProperties(ExternalDatabase.defaultProperties(System.getenv()));
        try {
            application.run(springArgs);
        } catch (RuntimeException e) {
            // a start the user must fix (a data folder the database cannot use): that sentence alone
            var refused = StartupRefusedException.in(e);
            if (refused.isEmpty()) {
                throw e;
            }
            System.err.println("error: " + refused.get().getMessage());
            System.exit(1);
        }
    }
}
