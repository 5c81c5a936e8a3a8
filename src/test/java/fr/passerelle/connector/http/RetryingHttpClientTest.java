package fr.passerelle.connector.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.shop.StubShop;
import fr.passerelle.sandbox.SandboxResponse;
import fr.passerelle.sandbox.SandboxServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryingHttpClientTest {

    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(40), Duration.ofSeconds(5));

    @Test
    void honoursRetryAfterThenReturnsTheAnswer() {
        AtomicInteger calls = new AtomicInteger();
        try (SandboxServer server = SandboxServer.start(0, new StubShop("x", r -> calls.incrementAndGet() == 1
                ? SandboxResponse.json(429, "{}").withHeader("Retry-After", "1") : SandboxResponse.json(200, "{\"ok\":true}")))) {
            long start = System.nanoTime();

            HttpResult result = new RetryingHttpClient("x", FAST, Duration.ofSeconds(5)).send("get",
                    HttpRequest.newBuilder(URI.create(server.baseUrl("x") + "/a")).build());

            assertThat(result.status()).isEqualTo(200);
            assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(1000);
        }
    }

    @Test
    void aRetryAfterSeenByOneFlowMakesEveryFlowOfThatShopWait() {
        AtomicInteger calls = new AtomicInteger();
        try (SandboxServer server = SandboxServer.start(0, new StubShop("x", r -> calls.incrementAndGet() == 1
                ? SandboxResponse.json(429, "{}").withHeader("Retry-After", "1") : SandboxResponse.json(200, "{}")))) {
            RetryPolicy once = new RetryPolicy(1, Duration.ofMillis(10), Duration.ofMillis(40), Duration.ofSeconds(5));
            long throttledAt = System.nanoTime();
            // the stock flow is throttled and gives up at once (one attempt) ...
            catchThrowableOfType(ConnectorException.class, () -> new RetryingHttpClient("x", once, Duration.ofSeconds(5))
                    .send("stock", HttpRequest.newBuilder(URI.create(server.baseUrl("x") + "/stock")).build()));

            // ... and the prices flow, on its own client, waits for the same shop's Retry-After
            HttpResult prices = new RetryingHttpClient("x", FAST, Duration.ofSeconds(5)).send("prices",
                    HttpRequest.newBuilder(URI.create(server.baseUrl("x") + "/prices")).build());

            assertThat(prices.status()).isEqualTo(200);
            assertThat((System.nanoTime() - throttledAt) / 1_000_000).isGreaterThanOrEqualTo(1000);
            assertThat(calls.get()).isEqualTo(2);
        }
    }

    @Test
    void givesUpAsRetryableAfterTheLastAttempt() {
        AtomicInteger calls = new AtomicInteger();
        try (SandboxServer server = SandboxServer.start(0, new StubShop("x", r -> {
            calls.incrementAndGet();
            return SandboxResponse.json(503, "{\"message\":\"down\"}");
        }))) {
            ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> new RetryingHttpClient("x", FAST,
                    Duration.ofSeconds(5)).send("get", HttpRequest.newBuilder(URI.create(server.baseUrl("x") + "/a")).build()));

            assertThat(calls.get()).isEqualTo(3);
            assertThat(e.retryable()).isTrue();
            assertThat(e.httpStatus()).isEqualTo(503);
        }
    }

    @Test
    void refusesARetryAfterLongerThanAllowed() {
        try (SandboxServer server = SandboxServer.start(0, new StubShop("x", r ->
                SandboxResponse.json(429, "{}").withHeader("Retry-After", "3600")))) {
            ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> new RetryingHttpClient("x", FAST,
                    Duration.ofSeconds(5)).send("get", HttpRequest.newBuilder(URI.create(server.baseUrl("x") + "/a")).build()));

            assertThat(e.retryable()).isTrue();
            assertThat(e.getMessage()).contains("Retry-After");
        }
    }

    @Test
    void doesNotRetryClientErrors() {
        AtomicInteger calls = new AtomicInteger();
        try (SandboxServer server = SandboxServer.start(0, new StubShop("x", r -> {
            calls.incrementAndGet();
            return SandboxResponse.json(400, "{}");
        }))) {
            HttpResult result = new RetryingHttpClient("x", FAST, Duration.ofSeconds(5)).send("get",
                    HttpRequest.newBuilder(URI.create(server.baseUrl("x") + "/a")).build());

            assertThat(result.status()).isEqualTo(400);
            assertThat(calls.get()).isEqualTo(1);
        }
    }
}
