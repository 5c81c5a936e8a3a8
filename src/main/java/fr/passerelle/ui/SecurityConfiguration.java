package fr.passerelle.ui;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import fr.passerelle.account.SignInRefusedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Spring Security with Vaadin's login view; every view requires a signed-in user unless marked
 * otherwise. On top of Vaadin's defaults (issue 17):
 * <ul>
 * <li>CSRF is checked on {@code POST /login} too (Vaadin's configurer exempts its login page;
 *     its login form sends the token from the page's {@code _csrf} meta tags, so nothing is lost);
 *     only Vaadin's own requests, which carry Vaadin's CSRF token, are exempt.</li>
 * <li>Security headers on every answer: {@link #CONTENT_SECURITY_POLICY}, {@code X-Frame-Options: DENY},
 *     {@code Referrer-Policy: same-origin}, {@code X-Content-Type-Options: nosniff} (and HSTS over HTTPS).</li>
 * <li>A sign-in refused by the throttle comes back to the login page saying how long to wait.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * What the studio's pages may load. Vaadin Flow needs inline and evaluated scripts and inline
     * styles; push uses a WebSocket to the same origin ({@code 'self'} covers ws/wss there); the
     * PWA service worker and manifest come from the studio itself. Nothing from elsewhere, no
     * framing, forms post only to the studio.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain studioSecurity(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.formLogin(form -> form.failureHandler(new SignInFailure()));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .contentTypeOptions(Customizer.withDefaults()));
        return http.build();
    }

    /** Back to the login page: {@code ?error}, or {@code ?error&wait=SECONDS} / {@code ?error&locked=EPOCH_SECONDS}. */
    static final class SignInFailure implements AuthenticationFailureHandler {

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException exception) throws IOException {
            String query = "error";
            if (exception instanceof SignInRefusedException refused) {
                query += refused.locked() ? "&locked=" + refused.until().getEpochSecond()
                        : "&wait=" + Math.max(1, Duration.between(Instant.now(), refused.until()).toSeconds() + 1);
            }
            response.sendRedirect(request.getContextPath() + "/login?" + query);
        }
    }
}
