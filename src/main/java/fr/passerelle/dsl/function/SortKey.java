package fr.passerelle.dsl.function;

import fr.passerelle.plan.EvaluationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * What {@code sortBy} orders by: numbers by value, texts in natural {@link String} order, dates
 * chronologically (a date is its day's start, a time without offset is UTC, as everywhere in the
 * language), false before true. Values of different kinds cannot be ordered together.
 */
record SortKey(Kind kind, Comparable<Object> value) {

    enum Kind {
        NUMBER("numbers"), TEXT("texts"), DATE("dates"), BOOLEAN("true/false values");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** An item with its key, computed once before sorting. */
    record Keyed(@Nullable SortKey key, @Nullable Object item) {
    }

    @SuppressWarnings("unchecked")
    static @Nullable SortKey of(@Nullable Object value, String where) {
        return switch (value) {
            case null -> null;
            case String s -> new SortKey(Kind.TEXT, (Comparable<Object>) (Comparable<?>) s);
            case Boolean b -> new SortKey(Kind.BOOLEAN, (Comparable<Object>) (Comparable<?>) b);
            case Number n -> {
                BigDecimal d = Values.decimal(n, where);
                yield d == null ? null : new SortKey(Kind.NUMBER, (Comparable<Object>) (Comparable<?>) d);
            }
            case LocalDate d -> date(d.atStartOfDay(ZoneOffset.UTC).toInstant());
            case LocalDateTime d -> date(d.toInstant(ZoneOffset.UTC));
            case OffsetDateTime d -> date(d.toInstant());
            case ZonedDateTime d -> date(d.toInstant());
            case Instant i -> date(i);
            default -> throw new EvaluationException(where + " is " + Values.describe(value)
                    + ": only numbers, texts, dates and true/false can be sorted");
        };
    }

    @SuppressWarnings("unchecked")
    private static SortKey date(Instant instant) {
        return new SortKey(Kind.DATE, (Comparable<Object>) (Comparable<?>) instant);
    }

    /** Ascending, null (no value) after every value. */
    static int compareNullsLast(@Nullable SortKey a, @Nullable SortKey b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return a.value().compareTo(b.value());
    }
}
