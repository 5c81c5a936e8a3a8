package fr.passerelle.connector.shop.woocommerce;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The shop's native filter for a read, written as WooCommerce query parameters
 * ({@code status=processing&category=15}); {@code parent_id=12} picks the product whose
 * variations are read.
 */
final class WooFilters {

    private WooFilters() {
    }

    static Map<String, String> parse(@Nullable String filter) {
        Map<String, String> params = new LinkedHashMap<>();
        if (filter == null || filter.isBlank()) {
            return params;
        }
        for (String pair : filter.trim().split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq).trim(), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1).trim(), StandardCharsets.UTF_8));
            }
        }
        return params;
    }
}
