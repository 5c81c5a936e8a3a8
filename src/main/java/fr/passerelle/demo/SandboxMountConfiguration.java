package fr.passerelle.demo;

import fr.passerelle.platform.NoDatabaseConfigured;
import fr.passerelle.sandbox.SandboxApp;
import fr.passerelle.sandbox.SandboxHost;
import fr.passerelle.sandbox.catalog.SandboxCatalog;
import java.util.ServiceLoader;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * In the embedded default (no external database: a trial or a demo), the studio also serves
 * every sandbox under {@code /sandbox/...}, so a new user's demo profiles talk to simulated
 * systems over real HTTP. The sandboxes check their own API credentials; the studio's login
 * and CSRF protection do not apply to them.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseConfigured.class)
class SandboxMountConfiguration {

    @Bean
    SandboxHost sandboxHost() {
        SandboxHost host = new SandboxHost();
        SandboxCatalog.all().forEach(entry -> host.mount(entry.factory().get()));
        // extra sandboxes shipped as plug-ins (and test doubles) register through ServiceLoader
        ServiceLoader.load(SandboxApp.class).forEach(host::mount);
        return host;
    }

    @Bean
    ServletRegistrationBean<SandboxServlet> sandboxServlet(SandboxHost host) {
        ServletRegistrationBean<SandboxServlet> registration = new ServletRegistrationBean<>(new SandboxServlet(host),
                "/sandbox/*");
        registration.setName("sandboxes");
        return registration;
    }

    @Bean
    @Order(1)
    SecurityFilterChain sandboxSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/sandbox/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.disable());
        return http.build();
    }
}
