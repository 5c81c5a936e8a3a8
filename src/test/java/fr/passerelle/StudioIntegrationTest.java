package fr.passerelle;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole studio on the embedded PostgreSQL (a throwaway cluster under {@code target/}, one
 * per test JVM), on a random port. Every integration test uses exactly these properties so the
 * test framework shares one Spring context between them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = StudioApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "passerelle.data-dir=target/test-data",
            "passerelle.database.throwaway=true",
            "passerelle.admin-password=" + StudioIntegrationTest.ADMIN_PASSWORD,
            "passerelle.secret-key=integration-tests-only-secret"
        })
public @interface StudioIntegrationTest {

    String ADMIN_PASSWORD = "Studio-IT-Passerelle-2026";
}
