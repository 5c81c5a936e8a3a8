package fr.passerelle.connector.shop.prestashop;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Small conversions between record values and webservice text. */
final class PsValues {

    private PsValues() {
    }

    static String text(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal d -> d.toPlainString();
            case Boolean b -> b ? "1" : "0";
            default -> value.toString();
        };
    }

    @SuppressWarnings("unchecked")
    /** A number from a value or its text, null when it is not one. */
    static java.math.@Nullable BigDecimal number(@Nullable Object value) {
        if (value instanceof java.math.BigDecimal d) {
            return d;
        }
        try {
            return value == null ? null : new java.math.BigDecimal(text(value).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Map<String, @Nullable Object> object(@Nullable Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, @Nullable Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<@Nullable Object> list(@Nullable Object value) {
        return value instanceof List<?> l ? (List<@Nullable Object>) l : List.of();
    }

    /** A filter value in brackets, with the webservice's special characters refused. */
    static String filter(String value) {
        if (value.matches(".*[\\[\\]|,%!].*")) {
            throw new IllegalArgumentException("value cannot be used in a webservice filter: " + value);
        }
        return "[" + value + "]";
    }
}
