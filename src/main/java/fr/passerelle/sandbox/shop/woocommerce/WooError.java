package fr.passerelle.sandbox.shop.woocommerce;

import fr.passerelle.sandbox.SandboxResponse;
import fr.passerelle.sandbox.shop.ShopJson;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A WordPress REST error: {@code {"code":..,"message":..,"data":{"status":..}}}. */
final class WooError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    WooError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    Map<String, @Nullable Object> body() {
        Map<String, @Nullable Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", getMessage());
        body.put("data", Map.of("status", status));
        return body;
    }

    SandboxResponse response() {
        return SandboxResponse.json(status, ShopJson.write(body()));
    }

    static WooError invalidId(String what) {
        return new WooError(404, "woocommerce_rest_" + what + "_invalid_id", "Invalid ID.");
    }

    static WooError invalidParam(String param) {
        return new WooError(400, "rest_invalid_param", "Invalid parameter(s): " + param);
    }
}
