package fr.passerelle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    // French number formats use narrow no-break spaces; compare with plain spaces.
    private static String plain(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    @Test
    void frenchAmountsDatesAndCounts() {
        Formats fr = new Formats(StudioLocale.FRENCH);

        assertThat(plain(fr.money(new BigDecimal("12.5")))).isEqualTo("12,50 €");
        assertThat(plain(fr.money(new BigDecimal("1234.56")))).isEqualTo("1 234,56 €");
        assertThat(fr.date(LocalDate.of(2026, 11, 28))).isEqualTo("28/11/2026");
        // 23:30 UTC is already the next day in Paris
        assertThat(fr.dateTime(OffsetDateTime.of(2026, 11, 28, 23, 30, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("29/11/2026 00:30:00");
        assertThat(plain(fr.number(2400))).isEqualTo("2 400");
        // stock figures may have decimals (drift report): kept, with a comma
        assertThat(plain(fr.decimal(new BigDecimal("1234.5")))).isEqualTo("1 234,5");
    }

    @Test
    void englishAmountsAndDates() {
        Formats en = new Formats(Locale.UK);

        assertThat(en.money(new BigDecimal("12.5"))).isEqualTo("€12.50");
        assertThat(en.date(LocalDate.of(2026, 11, 28))).isEqualTo("28 Nov 2026");
        assertThat(en.number(2400)).isEqualTo("2,400");
    }

    @Test
    void missingValuesAreBlankNotZero() {
        Formats fr = new Formats(StudioLocale.FRENCH);

        assertThat(fr.money(null)).isEmpty();
        assertThat(fr.number(null)).isEmpty();
        assertThat(fr.date((LocalDate) null)).isEmpty();
    }
}
