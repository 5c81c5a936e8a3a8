package fr.passerelle.platform;

import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Takes a {@link StartupRefusedException} out of Spring's failure report (a stack trace of a
 * hundred lines around one sentence): the entry point prints the sentence alone and exits 1.
 * Registered in {@code META-INF/spring.factories}, before Boot's failure analyzers.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class StartupRefusalReporter implements SpringBootExceptionReporter {

    @Override
    public boolean reportException(Throwable failure) {
        return StartupRefusedException.in(failure).isPresent();
    }
}
