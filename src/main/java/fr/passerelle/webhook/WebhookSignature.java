package fr.passerelle.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Collection;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Both shops sign a delivery the same way: base64 of the HMAC-SHA256 of the raw body with the
 * secret (WooCommerce's webhook secret, Shopify's app client secret). Checked on the bytes as
 * received, never on re-serialised JSON, and compared in constant time.
 */
final class WebhookSignature {

    private WebhookSignature() {
    }

    static String sign(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    static boolean valid(byte[] body, String signature, Collection<String> secrets) {
        byte[] given = signature.trim().getBytes(StandardCharsets.US_ASCII);
        boolean ok = false;
        for (String secret : secrets) {
            ok |= MessageDigest.isEqual(given, sign(body, secret).getBytes(StandardCharsets.US_ASCII));
        }
        return ok;
    }
}
