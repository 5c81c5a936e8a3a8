package fr.passerelle.sandbox.erp.demo;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/** Last-modified times of generated records: spread over the past year, never in the future. */
final class Stamps {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx");

    private final ZonedDateTime now;
    private final Random random;

    Stamps(Clock clock, Random random) {
        this.now = ZonedDateTime.now(clock.withZone(ZoneId.of("Europe/Paris")));
        this.random = random;
    }

    /** A time between a year and a day ago. */
    String past() {
        long seconds = 86_400L + (long) (random.nextDouble() * 364 * 86_400L);
        return now.minusSeconds(seconds).format(FORMAT);
    }

    String daysAgo(int days) {
        return now.minusDays(days).toLocalDate().atStartOfDay().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }
}
