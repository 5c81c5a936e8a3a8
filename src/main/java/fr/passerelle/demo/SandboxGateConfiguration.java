package fr.passerelle.demo;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The gate in front of {@code /sandbox/*}, always registered: with the demo off (an external
 * database, or switched off by an administrator) the path answers 404 rather than the studio's
 * login page, and with the demo on it answers only this machine. It runs before Spring Security
 * and after the forward-headers handling (Tomcat's valve, or Spring's filter, ordered first).
 */
@Configuration(proxyBeanMethods = false)
class SandboxGateConfiguration {

    @Bean
    FilterRegistrationBean<SandboxGate> sandboxGate(DemoMode demo) {
        FilterRegistrationBean<SandboxGate> registration = new FilterRegistrationBean<>(
                new SandboxGate(demo::active, demo::sandboxRemoteAccess));
        registration.addUrlPatterns("/sandbox", "/sandbox/*");
        registration.setName("sandboxGate");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
