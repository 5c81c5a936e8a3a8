package fr.passerelle.webhook;

import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Mounts the webhook servlet at {@code /webhooks/*}, outside Vaadin's routing, and gives that path
 * its own security chain: no sign-in, no session, no CSRF token (a shop has none of them). The
 * signature on the body is the authentication, checked by {@link WebhookReceiver}.
 */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    @Bean
    ServletRegistrationBean<WebhookServlet> webhookServlet(WebhookReceiver receiver) {
        ServletRegistrationBean<WebhookServlet> registration = new ServletRegistrationBean<>(new WebhookServlet(receiver),
                "/webhooks/*");
        registration.setName("webhooks");
        return registration;
    }

    @Bean
    @Order(2)
    SecurityFilterChain webhookSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/webhooks/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.disable());
        return http.build();
    }
}
