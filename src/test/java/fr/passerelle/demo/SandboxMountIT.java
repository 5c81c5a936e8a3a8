package fr.passerelle.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.sandbox.SandboxHost;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The studio serves sandboxes under /sandbox/..., outside its login and CSRF protection. */
@StudioIntegrationTest
class SandboxMountIT {

    @LocalServerPort
    int port;

    @Autowired
    SandboxHost host;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aSandboxAnswersWithoutStudioLoginWithItsOwnStatusAndHeaders() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/sandbox/echo/wp-json/wc/v3/products?q=pull%20bleu"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).header("X-Fail", "1").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("X-WP-Total")).hasValue("1");
        assertThat(response.body()).contains("\"path\":\"/wp-json/wc/v3/products\"").contains("\"q\":\"pull bleu\"")
                .contains("\"method\":\"POST\"").contains("\"body\":\"x\"");
        assertThat(host.log("echo").writes()).isPositive();
    }

    @Test
    void injectedFaultsReachTheCallerThroughTheStudio() throws Exception {
        host.faults("echo").throttleNext(1, 7);

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/sandbox/echo/x")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
    }

    @Test
    void theStudioItselfStillRequiresLogin() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/profiles")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login");
    }
}
