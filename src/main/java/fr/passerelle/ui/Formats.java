package fr.passerelle.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Amounts, counts and dates as the user's language writes them: "12,50 €" and "28/11/2026" in
 * French. Times are shown in Paris time: the studio's users and their shops are French.
 */
final class Formats {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Locale locale;

    Formats(Locale locale) {
        this.locale = locale;
    }

    String money(@Nullable BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(amount);
    }

    String number(@Nullable Number value) {
        return value == null ? "" : NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A quantity that may have decimals (stock in kilograms): "12,5" in French. */
    String decimal(@Nullable BigDecimal value) {
        return value == null ? "" : NumberFormat.getNumberInstance(locale).format(value);
    }

    String date(@Nullable OffsetDateTime at) {
        return at == null ? "" : DateTimeFormatter.ofPattern(french() ? "dd/MM/yyyy" : "d MMM yyyy", locale)
                .format(at.atZoneSameInstant(PARIS));
    }

    String date(@Nullable LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofPattern(french() ? "dd/MM/yyyy" : "d MMM yyyy", locale).format(day);
    }

    String dateTime(@Nullable OffsetDateTime at) {
        return at == null ? "" : DateTimeFormatter.ofPattern(french() ? "dd/MM/yyyy HH:mm:ss" : "d MMM yyyy HH:mm:ss",
                locale).format(at.atZoneSameInstant(PARIS));
    }

    private boolean french() {
        return "fr".equals(locale.getLanguage());
    }
}
