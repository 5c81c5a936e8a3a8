package fr.passerelle.dsl.function;

import fr.passerelle.plan.EvaluationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Dates: ISO-8601 texts are read as dates; times without an offset are taken as UTC. */
final class DateFunctions {

    private DateFunctions() {
    }

    /** The current date-time, UTC. */
    static Object now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /**
     * A date or date-time from a text: ISO-8601 ("2026-12-10", "2026-12-10T08:30:00Z") or, with a
     * pattern, e.g. date('10/12/2026', 'dd/MM/yyyy'). Blank text is null.
     */
    static @Nullable Object date(@Nullable Object value, @Nullable Object pattern) {
        if (value == null || Values.isBlank(value)) {
            return null;
        }
        if (!(value instanceof String text)) {
            return temporal(value, "date");
        }
        String trimmed = text.trim();
        if (pattern == null) {
            return parseIso(trimmed);
        }
        DateTimeFormatter formatter = formatter(pattern, "date");
        try {
            TemporalAccessor parsed = formatter.parseBest(trimmed, OffsetDateTime::from, LocalDateTime::from,
                    LocalDate::from);
            return parsed instanceof LocalDateTime local ? local.atOffset(ZoneOffset.UTC) : parsed;
        } catch (DateTimeParseException e) {
            throw new EvaluationException("date: '" + Values.abbreviate(text) + "' does not match '" + pattern + "'");
        }
    }

    /** A date as text: formatDate(ModifiedAt, 'dd/MM/yyyy'); accepts dates and ISO texts. */
    static @Nullable Object formatDate(@Nullable Object value, @Nullable Object pattern) {
        if (value == null || Values.isBlank(value)) {
            return null;
        }
        Object date = value instanceof String text ? parseIso(text.trim()) : temporal(value, "formatDate");
        try {
            return formatter(pattern, "formatDate").format((TemporalAccessor) date);
        } catch (java.time.DateTimeException e) {
            throw new EvaluationException("formatDate: pattern '" + pattern + "' needs a time, the value is a date");
        }
    }

    /** An ISO offset at the end of a date-time ({@code +02:00}, {@code -0500}), compiled once, not per record. */
    private static final java.util.regex.Pattern OFFSET = java.util.regex.Pattern.compile("[+-]\\d\\d:?\\d\\d$");

    /** Patterns are the document's literals, so few; parsing one per record was a measured cost. */
    private static final int MAX_CACHED_PATTERNS = 256;
    private static final java.util.concurrent.ConcurrentMap<String, DateTimeFormatter> FORMATTERS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static Object parseIso(String text) {
        try {
            if (text.length() <= 10) {
                return LocalDate.parse(text);
            }
            if (text.endsWith("Z") || OFFSET.matcher(text).find()) {
                return OffsetDateTime.parse(text);
            }
            return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new EvaluationException("'" + Values.abbreviate(text) + "' is not an ISO-8601 date");
        }
    }

    private static Object temporal(Object value, String where) {
        return switch (value) {
            case LocalDate d -> d;
            case OffsetDateTime d -> d;
            case LocalDateTime d -> d.atOffset(ZoneOffset.UTC);
            case Instant i -> i.atOffset(ZoneOffset.UTC);
            case java.time.ZonedDateTime z -> z.toOffsetDateTime();
            default -> throw new EvaluationException(where + ": " + Values.describe(value) + " is not a date");
        };
    }

    private static DateTimeFormatter formatter(@Nullable Object pattern, String where) {
        String text = Values.text(pattern);
        if (text == null) {
            throw new EvaluationException(where + ": a pattern is required, e.g. 'yyyy-MM-dd'");
        }
        DateTimeFormatter cached = FORMATTERS.get(text);
        if (cached != null) {
            return cached;
        }
        try {
            DateTimeFormatter formatter = DateTimeFormatter.ofPattern(text, Locale.ROOT);
            if (FORMATTERS.size() < MAX_CACHED_PATTERNS) {
                FORMATTERS.putIfAbsent(text, formatter);
            }
            return formatter;
        } catch (IllegalArgumentException e) {
            throw new EvaluationException(where + ": '" + text + "' is not a date pattern");
        }
    }
}
