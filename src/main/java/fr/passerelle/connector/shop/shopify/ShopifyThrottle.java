package fr.passerelle.connector.shop.shopify;

import fr.passerelle.connector.http.Json;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Our view of Shopify's leaky bucket, from the last {@code extensions.cost.throttleStatus}: what is
 * available now (refilled at the restore rate since we heard), and how long to wait before a
 * request of a given cost fits. Waiting before the bucket runs dry is what keeps THROTTLED errors
 * away from the flow. Thread-safe.
 */
final class ShopifyThrottle {

    private double maximum = -1;
    private double available;
    private double restoreRate = 50;
    private long seenAtNanos;

    /** Records the status a response reported. */
    synchronized void observe(Map<String, @Nullable Object> extensions) {
        Map<String, @Nullable Object> status = Json.object(Json.object(extensions.get("cost")).get("throttleStatus"));
        if (status.get("currentlyAvailable") instanceof Number current) {
            available = current.doubleValue();
            maximum = status.get("maximumAvailable") instanceof Number max ? max.doubleValue() : available;
            restoreRate = status.get("restoreRate") instanceof Number rate && rate.doubleValue() > 0 ? rate.doubleValue() : restoreRate;
            seenAtNanos = System.nanoTime();
        }
    }

    /** How long to wait before spending {@code cost} points; zero when it fits or we know nothing yet. */
    synchronized Duration waitFor(double cost) {
        if (maximum < 0) {
            return Duration.ZERO;
        }
        double wanted = Math.min(cost, maximum);
        double now = Math.min(maximum, available + (System.nanoTime() - seenAtNanos) / 1e9 * restoreRate);
        if (now >= wanted) {
            return Duration.ZERO;
        }
        return Duration.ofMillis((long) Math.ceil((wanted - now) / restoreRate * 1000));
    }

    /** Counts spent points locally so back-to-back requests do not all assume a full bucket. */
    synchronized void spend(double cost) {
        if (maximum >= 0) {
            available = Math.min(maximum, available + (System.nanoTime() - seenAtNanos) / 1e9 * restoreRate) - cost;
            seenAtNanos = System.nanoTime();
        }
    }

    /** The documented wait after a THROTTLED answer: (requested - available) / restoreRate. */
    synchronized Duration afterThrottled(double requested) {
        return waitFor(requested).plusMillis(50);
    }
}
