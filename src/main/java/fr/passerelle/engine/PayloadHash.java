package fr.passerelle.engine;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A stable SHA-256 of a payload: map keys sorted, numbers by value (2.50 and 2.5 are the same
 * price), so the hash changes exactly when what would be sent changes.
 */
final class PayloadHash {

    private PayloadHash() {
    }

    static String of(Map<String, ?> payload) {
        StringBuilder canonical = new StringBuilder(256);
        append(canonical, payload);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    private static void append(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append("null");
            case Map<?, ?> map -> {
                out.append('{');
                new TreeMap<>(stringKeys(map)).forEach((k, v) -> {
                    if (v != null) {
                        quote(out, k);
                        out.append(':');
                        append(out, v);
                        out.append(',');
                    }
                });
                out.append('}');
            }
            case List<?> list -> {
                out.append('[');
                list.forEach(v -> {
                    append(out, v);
                    out.append(',');
                });
                out.append(']');
            }
            case BigDecimal d -> out.append(d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString());
            case Number n -> out.append(new BigDecimal(n.toString()).stripTrailingZeros().toPlainString());
            case Boolean b -> out.append(b);
            default -> quote(out, value.toString());
        }
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> copy = new TreeMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), v));
        return copy;
    }

    private static void quote(StringBuilder out, String text) {
        out.append('"').append(text.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
}
