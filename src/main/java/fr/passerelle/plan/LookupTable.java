package fr.passerelle.plan;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A value table (VAT rate to tax class, carrier to shipping method ...). Keys are matched on
 * their plain text, numbers without trailing zeros ({@code 20.00} and {@code 20} both match
 * {@code "20"}); the {@code "*"} entry, when present, answers every other key.
 *
 * @param name the table's name, as {@code lookup('name', key)} refers to it
 * @param entries normalised key to value, in document order, the default excluded
 * @param hasDefault whether a {@code "*"} entry exists
 * @param defaultValue the {@code "*"} entry's value
 */
public record LookupTable(String name, Map<String, @Nullable Object> entries, boolean hasDefault,
        @Nullable Object defaultValue) {

    public static final String DEFAULT_KEY = "*";

    public LookupTable {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /**
     * The value for a key, the default when the key is missing, or a record error naming the
     * table. A null key gives null, like every function (null in, null out).
     */
    public @Nullable Object resolve(@Nullable Object key) {
        String text = keyText(key);
        if (text == null) {
            return null;
        }
        Object value = entries.get(text);
        if (value != null || entries.containsKey(text)) {
            return value;
        }
        if (hasDefault) {
            return defaultValue;
        }
        throw new EvaluationException("lookup table '" + name + "' has no entry for "
                + "'" + text + "' and no \"*\" default");
    }

    /** The plain text a key is matched on: numbers without trailing zeros, texts as they are. */
    public static @Nullable String keyText(@Nullable Object key) {
        return switch (key) {
            case null -> null;
            case String s -> s;
            case BigDecimal d -> plain(d);
            case Integer i -> i.toString();
            case Long l -> l.toString();
            case BigInteger b -> b.toString();
            case Double d -> plain(BigDecimal.valueOf(d));
            case Float f -> plain(new BigDecimal(f.toString()));
            default -> key.toString();
        };
    }

    /** Normalises a key written in the document: numeric text loses its trailing zeros. */
    public static String normaliseDocumentKey(String key) {
        if (key.isEmpty() || !(Character.isDigit(key.charAt(0)) || key.charAt(0) == '-')) {
            return key;
        }
        try {
            return plain(new BigDecimal(key));
        } catch (NumberFormatException notANumber) {
            return key;
        }
    }

    private static String plain(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
}
