package fr.passerelle.sandbox.shop.shopify;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Shopify's search syntax in {@code query:} arguments, the part clients use: {@code field:value}
 * terms joined by {@code OR} / {@code AND} (or a space), values quoted or not, and the comparators
 * {@code > >= < <=} (timestamps compare as ISO-8601 text, as they all share one format here).
 */
final class Search {

    private Search() {
    }

    static boolean matches(@Nullable Object query, Map<String, Function<Map<String, @Nullable Object>, @Nullable Object>> fields,
            Map<String, @Nullable Object> record) {
        if (!(query instanceof String text) || text.isBlank()) {
            return true;
        }
        for (String alternative : text.split("\\s+OR\\s+")) {
            boolean all = true;
            for (String term : alternative.trim().split("\\s+AND\\s+|\\s+(?=[a-z_]+:)")) {
                all &= term(term.trim(), fields, record);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean term(String term, Map<String, Function<Map<String, @Nullable Object>, @Nullable Object>> fields,
            Map<String, @Nullable Object> record) {
        int colon = term.indexOf(':');
        if (colon < 0) {
            return true; // free text: not simulated
        }
        String field = term.substring(0, colon);
        String value = term.substring(colon + 1);
        String op = "=";
        for (String candidate : new String[] {">=", "<=", ">", "<"}) {
            if (value.startsWith(candidate)) {
                op = candidate;
                value = value.substring(candidate.length());
                break;
            }
        }
        value = value.replaceAll("^['\"]|['\"]$", "");
        Function<Map<String, @Nullable Object>, @Nullable Object> getter = fields.get(field);
        if (getter == null) {
            return true; // unknown filters are ignored, as Shopify does
        }
        Object actual = getter.apply(record);
        if (actual == null) {
            return false;
        }
        String have = actual.toString();
        int cmp = have.compareTo(value);
        return switch (op) {
            case ">=" -> cmp >= 0;
            case "<=" -> cmp <= 0;
            case ">" -> cmp > 0;
            case "<" -> cmp < 0;
            default -> field.equals("title") ? have.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT))
                    : have.equalsIgnoreCase(value);
        };
    }
}
