package fr.passerelle.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.sync.FlowSchedule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * SCH-1: a 02:30 schedule, Paris time, on the nights the clocks change, with the triggers the
 * scheduler stores (Quartz computes the fire times, not this test).
 */
class FlowScheduleDstTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static List<ZonedDateTime> runs(String cron, String day) {
        Instant from = LocalDate.parse(day).atTime(12, 0).atZone(PARIS).toInstant();
        return FlowScheduler.nextRuns(FlowSchedule.cron(cron), 3, from).stream().map(i -> i.atZone(PARIS)).toList();
    }

    private static long onDay(List<ZonedDateTime> runs, String day) {
        return runs.stream().filter(r -> r.toLocalDate().equals(LocalDate.parse(day))).count();
    }

    @Test
    @DisplayName("SCH-1: the spring-forward night runs a 02:30 schedule once (at 03:30, 02:30 does not exist)")
    void springForward() {
        List<ZonedDateTime> runs = runs("0 30 2 * * ?", "2027-03-26");

        assertThat(runs.get(0).toLocalDateTime()).isEqualTo(LocalDate.parse("2027-03-27").atTime(2, 30));
        assertThat(onDay(runs, "2027-03-28")).isEqualTo(1);
        assertThat(runs.get(1).toLocalDateTime()).isEqualTo(LocalDate.parse("2027-03-28").atTime(3, 30));
        // and the nights after are at 02:30 again
        assertThat(runs.get(2).toLocalDateTime()).isEqualTo(LocalDate.parse("2027-03-29").atTime(2, 30));
    }

    @Test
    @DisplayName("SCH-1: the fall-back night runs a 02:30 schedule once (02:30 happens twice)")
    void fallBack() {
        List<ZonedDateTime> runs = runs("0 30 2 * * ?", "2027-10-30");

        assertThat(onDay(runs, "2027-10-31")).isEqualTo(1);
        assertThat(runs.get(0).toLocalDateTime()).isEqualTo(LocalDate.parse("2027-10-31").atTime(2, 30));
        assertThat(runs.get(1).toLocalDateTime()).isEqualTo(LocalDate.parse("2027-11-01").atTime(2, 30));
    }

    @Test
    @DisplayName("SCH-1: an interval schedule 'not between 08:00 and 20:00' skips the day, Paris time")
    void quietWindow() {
        FlowSchedule every = FlowSchedule.every(java.time.Duration.ofHours(1)).notBetween(LocalTime.of(8, 0),
                LocalTime.of(20, 0));
        Instant from = LocalDate.parse("2027-06-01").atTime(6, 30).atZone(PARIS).toInstant();

        List<LocalTime> times = FlowScheduler.nextRuns(every, 4, from).stream()
                .map(i -> i.atZone(PARIS).toLocalTime()).toList();

        assertThat(times).containsExactly(LocalTime.of(7, 30), LocalTime.of(20, 30), LocalTime.of(21, 30),
                LocalTime.of(22, 30));
    }

    @Test
    @DisplayName("SCH-1: schedules round-trip through the profile's settings (profiles as code)")
    void settingsRoundTrip() {
        FlowSchedule s = FlowSchedule.every(java.time.Duration.ofMinutes(15)).notBetween(LocalTime.of(8, 0),
                LocalTime.of(20, 0)).retries(2, java.time.Duration.ofSeconds(30));

        assertThat(FlowSchedule.of(s.toSettings("products"), "products")).isEqualTo(s);
        assertThat(FlowSchedule.of(FlowSchedule.after("categories").toSettings("products"), "products").after())
                .isEqualTo("categories");
        assertThat(FlowSchedule.of(FlowSchedule.after("categories").enabled(false).toSettings("products"), "products")
                .enabled()).isFalse();
    }
}
