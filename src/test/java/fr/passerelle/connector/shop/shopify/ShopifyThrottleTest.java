package fr.passerelle.connector.shop.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** One view of Shopify's bucket per app and shop (issue 6): what parallel sessions pace against. */
class ShopifyThrottleTest {

    private static Map<String, @Nullable Object> status(int available, int maximum, int restoreRate) {
        return Map.of("cost", Map.of("requestedQueryCost", BigDecimal.TEN, "throttleStatus", Map.of(
                "maximumAvailable", BigDecimal.valueOf(maximum), "currentlyAvailable", BigDecimal.valueOf(available),
                "restoreRate", BigDecimal.valueOf(restoreRate))));
    }

    @Test
    void sessionsOfTheSameAppOnTheSameShopShareOneBucket() {
        ShopifyThrottle first = ShopifyThrottle.forShop("https://Boutique.myshopify.com/", "shpat_a");

        assertThat(ShopifyThrottle.forShop("https://boutique.myshopify.com", "shpat_a")).isSameAs(first);
        assertThat(ShopifyThrottle.forShop("https://boutique.myshopify.com", "shpat_other_app")).isNotSameAs(first);
        assertThat(ShopifyThrottle.forShop("https://autre.myshopify.com", "shpat_a")).isNotSameAs(first);
    }

    @Test
    void aRequestWaitsForTheCostsBookedBeforeItUntilTheirAnswersArrive() {
        ShopifyThrottle bucket = ShopifyThrottle.forShop("https://booked.myshopify.com", "shpat_b");
        bucket.release(0, status(100, 1000, 50)); // an answer said: 100 points left, 50 back per second

        Duration first = bucket.reserve(80); // fits
        Duration second = bucket.reserve(80); // 20 left after the first: waits for 60 more points
        bucket.release(80, status(20, 1000, 50)); // the first one's answer
        bucket.release(80, status(0, 1000, 50)); // the second one's answer: nothing booked any more
        Duration third = bucket.reserve(50);

        assertThat(first).isZero();
        assertThat(second).isBetween(Duration.ofMillis(800), Duration.ofMillis(1200)); // 1.2 s less the time spent here
        assertThat(third).isBetween(Duration.ofMillis(600), Duration.ofMillis(1000));
    }
}
