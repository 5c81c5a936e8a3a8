package fr.passerelle.connector.shop.shopify;

import fr.passerelle.connector.http.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Our view of Shopify's leaky bucket for one app on one shop, shared by every session of this
 * process with the same shop URL and access token (Shopify keeps one bucket per app and store,
 * so two flows running in parallel draw from the same points). Updated from each response's
 * {@code extensions.cost.throttleStatus}; refilled at the restore rate since we heard.
 *
 * <p>Each request books its expected cost before it is sent and gives the booking back when its
 * answer arrives: a request waits until its cost fits after the requests booked before it, so
 * parallel sessions line up instead of each one believing the whole bucket is its own.
 * Thread-safe.
 */
final class ShopifyThrottle {

    private static final Map<String, ShopifyThrottle> BY_SHOP = new ConcurrentHashMap<>();

    private double maximum = -1;
    private double available;
    private double restoreRate = 50;
    private long seenAtNanos;
    private double booked;
    /** What each document (by its text) cost last time on this shop: the estimate for its next call. */
    private final Map<Integer, Double> lastCost = new ConcurrentHashMap<>();

    /** The bucket of the app with {@code accessToken} on the shop at {@code shopUrl}. */
    static ShopifyThrottle forShop(String shopUrl, String accessToken) {
        String shop = shopUrl.replaceAll("/+$", "").toLowerCase(Locale.ROOT);
        return BY_SHOP.computeIfAbsent(shop + "#" + fingerprint(accessToken), k -> new ShopifyThrottle());
    }

    /** The token itself is not kept as a map key (it would outlive the sessions in heap dumps). */
    private static String fingerprint(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    double expectedCost(int document) {
        return lastCost.getOrDefault(document, 0.0);
    }

    void learnCost(int document, double cost) {
        lastCost.put(document, cost);
    }

    /**
     * Books {@code cost} points for a request about to be sent and says how long to wait first:
     * zero when it fits after what is already booked (or when we know nothing of the bucket yet).
     */
    synchronized Duration reserve(double cost) {
        Duration wait = waitFor(cost);
        booked += cost;
        return wait;
    }

    /** The request booked with {@code cost} has its answer: gives the booking back and records the status. */
    synchronized void release(double cost, Map<String, @Nullable Object> extensions) {
        booked = Math.max(0, booked - cost);
        Map<String, @Nullable Object> status = Json.object(Json.object(extensions.get("cost")).get("throttleStatus"));
        if (status.get("currentlyAvailable") instanceof Number current) {
            available = current.doubleValue();
            maximum = status.get("maximumAvailable") instanceof Number max ? max.doubleValue() : available;
            restoreRate = status.get("restoreRate") instanceof Number rate && rate.doubleValue() > 0 ? rate.doubleValue() : restoreRate;
            seenAtNanos = System.nanoTime();
        }
    }

    /** The documented wait after a THROTTLED answer, (requested - available) / restoreRate, behind what is booked. */
    synchronized Duration afterThrottled(double requested) {
        return waitFor(requested).plusMillis(50);
    }

    private Duration waitFor(double cost) {
        if (maximum < 0) {
            return Duration.ZERO;
        }
        double wanted = Math.min(cost, maximum);
        double left = Math.min(maximum, available + (System.nanoTime() - seenAtNanos) / 1e9 * restoreRate) - booked;
        if (left >= wanted) {
            return Duration.ZERO;
        }
        return Duration.ofMillis((long) Math.ceil((wanted - left) / restoreRate * 1000));
    }
}
