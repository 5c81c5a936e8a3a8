package fr.passerelle.sandbox.erp;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Timestamps as the ERP writes them: Paris local time with its offset and milliseconds. */
final class SandboxClock {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx");

    private final Clock clock;

    SandboxClock(Clock clock) {
        this.clock = clock;
    }

    Clock clock() {
        return clock;
    }

    String now() {
        return format(ZonedDateTime.now(clock.withZone(PARIS)));
    }

    String today() {
        return ZonedDateTime.now(clock.withZone(PARIS)).toLocalDate().atStartOfDay().format(
                DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }

    static String format(ZonedDateTime time) {
        return time.withZoneSameInstant(PARIS).format(FORMAT);
    }
}
