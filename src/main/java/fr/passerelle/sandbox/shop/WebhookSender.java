package fr.passerelle.sandbox.shop;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Delivers a shop sandbox's webhooks as the shops do: a POST of the JSON body with the shop's
 * headers, signed (base64 HMAC-SHA256 of the raw body), from a background thread and after the
 * change that triggered it (WooCommerce queues deliveries in Action Scheduler, Shopify sends them
 * asynchronously), so the receiver can read the order back from the sandbox. The receiver's
 * status goes to a callback: the shops count failures and disable (WooCommerce) or delete
 * (Shopify) a subscription that keeps failing.
 */
public final class WebhookSender implements AutoCloseable {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sandbox-webhooks");
        t.setDaemon(true);
        return t;
    });

    public static String sign(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Queues one delivery; {@code status} gets the receiver's HTTP status (0 when it could not be reached). */
    public Future<Integer> deliver(String url, byte[] body, Map<String, String> headers, IntConsumer status) {
        return worker.submit(() -> {
            int code;
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
                headers.forEach(request::header);
                code = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (java.io.IOException | IllegalArgumentException e) {
                code = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                code = 0;
            }
            status.accept(code);
            return code;
        });
    }

    /** Waits until every delivery queued so far is done (tests). */
    public void drain() {
        try {
            worker.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
