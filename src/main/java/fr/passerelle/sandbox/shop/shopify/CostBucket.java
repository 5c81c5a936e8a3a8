package fr.passerelle.sandbox.shop.shopify;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Shopify's leaky bucket for one app on one shop: a request may run when its requested cost fits
 * in what is available; the bucket refills at the restore rate per second up to its maximum.
 * Thread-safe.
 */
final class CostBucket {

    private double maximum;
    private double restoreRate;
    private double available;
    private long lastNanos = System.nanoTime();
    private long throttled;

    CostBucket(double maximum, double restoreRate) {
        this.maximum = maximum;
        this.restoreRate = restoreRate;
        this.available = maximum;
    }

    /** Takes the cost if it fits; false means THROTTLED. */
    synchronized boolean take(double cost) {
        restore();
        if (cost > available) {
            throttled++;
            return false;
        }
        available -= cost;
        return true;
    }

    /** Gives back what the request did not use (requested minus actual). */
    synchronized void refund(double points) {
        available = Math.min(maximum, available + points);
    }

    synchronized void configure(double newMaximum, double newRestoreRate) {
        restore();
        boolean full = available >= maximum; // a full bucket stays full on a plan change
        maximum = newMaximum;
        restoreRate = newRestoreRate;
        available = full ? maximum : Math.min(available, maximum);
    }

    /** Empties the bucket down to {@code left} points (another app ran a big query). */
    synchronized void drainTo(double left) {
        restore();
        available = Math.min(available, left);
    }

    synchronized long throttledCount() {
        return throttled;
    }

    /** {@code throttleStatus} as Shopify reports it. */
    synchronized Map<String, @Nullable Object> status() {
        restore();
        Map<String, @Nullable Object> status = new LinkedHashMap<>();
        status.put("maximumAvailable", BigDecimal.valueOf(maximum).setScale(1, RoundingMode.HALF_UP));
        status.put("currentlyAvailable", BigDecimal.valueOf((long) Math.floor(available)));
        status.put("restoreRate", BigDecimal.valueOf(restoreRate).setScale(1, RoundingMode.HALF_UP));
        return status;
    }

    private void restore() {
        long now = System.nanoTime();
        available = Math.min(maximum, available + (now - lastNanos) / 1e9 * restoreRate);
        lastNanos = now;
    }
}
