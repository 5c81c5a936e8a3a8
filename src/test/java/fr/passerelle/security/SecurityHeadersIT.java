package fr.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/**
 * The studio in its default (embedded database, demo) over real HTTP (issue 17, points 1 to 3):
 * security headers and cookie flags, CSRF on {@code POST /login}, loopback only, and the
 * sandboxes' 1 MiB body cap.
 */
@StudioIntegrationTest
class SecurityHeadersIT {

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    private StudioHttp studio() {
        return new StudioHttp("http://127.0.0.1:" + port);
    }

    @Test
    void everyPageCarriesTheSecurityHeadersAndTheSessionCookieIsLaxAndHttpOnly() throws Exception {
        HttpResponse<String> login = studio().get("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'")
                .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'").contains("object-src 'none'");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("SameSite=Lax")
                .contains("HttpOnly").doesNotContain("Secure"));

        HttpResponse<String> redirect = studio().get("/profiles");
        assertThat(redirect.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(redirect.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void postLoginWithoutTheCsrfTokenIsRefusedEvenWithTheRightPassword() throws Exception {
        StudioHttp withoutToken = studio();
        HttpResponse<String> refused = withoutToken.signInWithoutCsrf("admin", StudioIntegrationTest.ADMIN_PASSWORD);

        // Spring Security refuses it (403, or Vaadin's handler of a CSRF failure: back to the login page)
        assertThat(StudioHttp.signedIn(refused)).as("without CSRF: %s %s", refused.statusCode(),
                refused.headers().firstValue("Location")).isFalse();
        assertThat(refused.statusCode()).isIn(302, 403);
        refused.headers().firstValue("Location").ifPresent(l -> assertThat(l).contains("/login"));
        assertThat(withoutToken.reachesTheStudio()).isFalse();

        StudioHttp asTheForm = studio();
        HttpResponse<String> accepted = asTheForm.signIn("admin", StudioIntegrationTest.ADMIN_PASSWORD);
        assertThat(StudioHttp.signedIn(accepted)).as("the login form's token is accepted: %s %s",
                accepted.statusCode(), accepted.headers().map()).isTrue();
        assertThat(asTheForm.reachesTheStudio()).isTrue();
    }

    @Test
    void aDemoStudioListensOnLoopbackByDefault() {
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
    }

    @Test
    void aSandboxRefusesATwoMebibyteBodyWith413AnnouncedOrChunked() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create("http://127.0.0.1:" + port + "/sandbox/echo/wp-json/wc/v3/products");
        byte[] twoMiB = new byte[2 * 1024 * 1024];

        HttpResponse<String> announced = http.send(HttpRequest.newBuilder(uri)
                .POST(HttpRequest.BodyPublishers.ofByteArray(twoMiB)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(uri)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(twoMiB))).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> small = http.send(HttpRequest.newBuilder(uri)
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(announced.statusCode()).isEqualTo(413);
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(small.statusCode()).isEqualTo(200);
    }

    @Test
    void aSandboxAnswersThisMachineButNotTheClientOfAProxy() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create("http://127.0.0.1:" + port + "/sandbox/echo/x");

        HttpResponse<String> local = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> proxied = http.send(HttpRequest.newBuilder(uri).header("X-Forwarded-For", "198.51.100.7")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(local.statusCode()).isEqualTo(200);
        assertThat(proxied.statusCode()).isEqualTo(404);
    }
}
