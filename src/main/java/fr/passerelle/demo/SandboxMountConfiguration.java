package fr.passerelle.demo;

import fr.passerelle.sandbox.SandboxApp;
import fr.passerelle.sandbox.SandboxHost;
import fr.passerelle.sandbox.erp.ErpSandbox;
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
 * In demo mode ({@link DemoConfigured}: by default the embedded database, a trial), the studio
 * also serves every sandbox under {@code /sandbox/...}, so a new user's demo profiles talk to
 * simulated systems over real HTTP. The sandboxes check their own API credentials; the studio's
 * login and CSRF protection do not apply to them, but {@link SandboxGate} lets only this machine
 * in, and only while the demo is on.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoConfigured.class)
class SandboxMountConfiguration {

    @Bean
    SandboxHost sandboxHost() {
        SandboxHost host = new SandboxHost();
        SandboxCatalog.all().forEach(entry -> {
            SandboxApp app = entry.factory().get();
            if (app instanceof ErpSandbox erp) {
                // whoever reaches the sandbox knows its (published) credentials: a login past the
                // licence's three seats takes the idlest seat back rather than lock the demo out
                erp.reclaimIdlestSeat(true);
            }
            host.mount(app);
        });
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
