package fr.passerelle.scheduler;

import fr.passerelle.sync.FlowRunEnded;
import fr.passerelle.sync.FlowSchedule;
import fr.passerelle.sync.FlowSchedules;
import fr.passerelle.sync.FlowSchedules.ScheduledFlow;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import org.quartz.CalendarIntervalScheduleBuilder;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ScheduleBuilder;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.TriggerUtils;
import org.quartz.impl.calendar.DailyCalendar;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.spi.OperableTrigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps Quartz's triggers (JDBC store, clustered) equal to the schedules in the profiles' settings
 * (SCH-1): one durable job per scheduled flow of a profile (group {@code flows}), one trigger per
 * timed schedule carrying the schedule's fingerprint, one {@link DailyCalendar} per quiet window.
 * Reconciled at start, every 15 s on one node ({@link ScheduleSyncJob}) and at once when the studio
 * saves a schedule. A flow scheduled "after" another is fired (a one-off trigger in the store, so
 * any node runs it) when a run of that flow ends.
 *
 * <p>Misfires (point 3): the cluster was down at the scheduled time: a cron schedule fires once at
 * start ({@code FIRE_AND_PROCEED}), an interval once ({@code RESCHEDULE_NOW_WITH_EXISTING_COUNT}),
 * never once per missed slot. Paris time, so a cron at 02:30 runs once on the spring-forward night
 * (at 03:30: a daily calendar trigger, since Quartz's cron skips that night, see FlowScheduleDstTest)
 * and once on the fall-back night.
 */
@Component
public class FlowScheduler {

    static final String GROUP = "flows";
    public static final TimeZone PARIS = TimeZone.getTimeZone("Europe/Paris");
    private static final Logger LOG = LoggerFactory.getLogger(FlowScheduler.class);

    private final Scheduler scheduler;
    private final FlowSchedules schedules;

    FlowScheduler(Scheduler scheduler, FlowSchedules schedules) {
        this.scheduler = scheduler;
        this.schedules = schedules;
    }

    static JobKey jobKey(long profileId, String flow) {
        return JobKey.jobKey("flow-" + profileId + "-" + flow, GROUP);
    }

    static TriggerKey triggerKey(long profileId, String flow) {
        return TriggerKey.triggerKey("flow-" + profileId + "-" + flow, GROUP);
    }

    /** Brings Quartz in line with every profile's schedules; returns how many triggers changed. */
    public synchronized int reconcile() throws SchedulerException {
        int changed = 0;
        Set<JobKey> wanted = new HashSet<>();
        for (ScheduledFlow s : schedules.all()) {
            JobKey job = jobKey(s.profileId(), s.flow());
            wanted.add(job);
            if (!scheduler.checkExists(job)) {
                scheduler.addJob(jobDetail(s), false);
            }
            changed += apply(s);
        }
        for (JobKey job : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
            if (!wanted.contains(job)) {
                scheduler.deleteJob(job);
                changed++;
            }
        }
        return changed;
    }

    private int apply(ScheduledFlow s) throws SchedulerException {
        TriggerKey key = triggerKey(s.profileId(), s.flow());
        Trigger existing = scheduler.getTrigger(key);
        if (!s.schedule().timed()) {
            return existing != null && scheduler.unscheduleJob(key) ? 1 : 0;
        }
        String fingerprint = s.schedule().fingerprint();
        if (existing != null && fingerprint.equals(existing.getDescription())) {
            return 0;
        }
        String calendar = quietCalendar(s);
        Trigger trigger = trigger(s, calendar, Instant.now());
        if (existing == null) {
            scheduler.scheduleJob(trigger);
        } else {
            scheduler.rescheduleJob(key, trigger);
        }
        LOG.info("profile {}: {} scheduled ({}), next run {}", s.profileName(), s.flow(), fingerprint,
                trigger.getStartTime());
        return 1;
    }

    private String quietCalendar(ScheduledFlow s) throws SchedulerException {
        String name = "quiet-" + s.profileId() + "-" + s.flow();
        FlowSchedule schedule = s.schedule();
        if (schedule.quietFrom() == null || schedule.quietTo() == null) {
            scheduler.deleteCalendar(name);
            return null;
        }
        scheduler.addCalendar(name, quiet(schedule.quietFrom(), schedule.quietTo()), true, true);
        return name;
    }

    /** Excludes the window, Paris time; a window over midnight (22:00-06:00) is the complement of the day's other part. */
    static DailyCalendar quiet(LocalTime from, LocalTime to) {
        DailyCalendar calendar;
        if (from.isBefore(to)) {
            calendar = new DailyCalendar(text(from), text(to.minusNanos(1_000_000)));
        } else {
            calendar = new DailyCalendar(text(to), text(from.minusNanos(1_000_000)));
            calendar.setInvertTimeRange(true);
        }
        calendar.setTimeZone(PARIS);
        return calendar;
    }

    private static String text(LocalTime t) {
        return String.format("%02d:%02d:%02d:%03d", t.getHour(), t.getMinute(), t.getSecond(), t.getNano() / 1_000_000);
    }

    /**
     * The first start of a daily trigger: the next day after {@code now} on which {@code at} exists
     * in Paris. The trigger keeps its start's hour of day, so it must not start on a spring-forward
     * night (02:30 would become 03:30 for good); it runs that night at 03:30 once it has started.
     * A daily schedule saved in the 24 hours before a spring-forward night therefore starts the
     * night after (documented in docs/operations.md).
     */
    static Instant nextAt(LocalTime at, Instant now) {
        var zone = PARIS.toZoneId();
        var day = now.atZone(zone).toLocalDate();
        while (true) {
            var candidate = day.atTime(at).atZone(zone);
            if (candidate.toLocalTime().equals(at) && candidate.toInstant().isAfter(now)) {
                return candidate.toInstant();
            }
            day = day.plusDays(1);
        }
    }

    static Trigger trigger(ScheduledFlow s, String calendar, Instant now) {
        FlowSchedule schedule = s.schedule();
        ScheduleBuilder<? extends Trigger> builder = switch (schedule.kind()) {
            case CRON -> CronScheduleBuilder.cronSchedule(String.valueOf(schedule.cron())).inTimeZone(PARIS)
                    .withMisfireHandlingInstructionFireAndProceed();
            // every day at a time, on the calendar of Paris: the missing 02:30 of the spring-forward
            // night runs at 03:30, the doubled one of the fall-back night once
            case DAILY -> CalendarIntervalScheduleBuilder.calendarIntervalSchedule().withIntervalInDays(1)
                    .inTimeZone(PARIS).preserveHourOfDayAcrossDaylightSavings(true).skipDayIfHourDoesNotExist(false)
                    .withMisfireHandlingInstructionFireAndProceed();
            default -> SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(schedule.every().toMillis())
                    .repeatForever().withMisfireHandlingInstructionNowWithExistingCount();
        };
        TriggerBuilder<Trigger> t = TriggerBuilder.newTrigger().withIdentity(triggerKey(s.profileId(), s.flow()))
                .forJob(jobKey(s.profileId(), s.flow())).withDescription(schedule.fingerprint());
        // an interval starts one interval from now: saving a schedule does not run the flow at once
        Date start = switch (schedule.kind()) {
            case EVERY -> Date.from(now.plus(schedule.every()));
            case DAILY -> Date.from(nextAt(schedule.at(), now));
            default -> Date.from(now);
        };
        TriggerBuilder<? extends Trigger> built = t.withSchedule(builder).startAt(start);
        if (calendar != null) {
            built = built.modifiedByCalendar(calendar);
        }
        return built.build();
    }

    static JobDetail jobDetail(ScheduledFlow s) {
        JobDataMap data = new JobDataMap();
        data.put(FlowScheduleJob.PROFILE_ID, String.valueOf(s.profileId()));
        data.put(FlowScheduleJob.FLOW, s.flow());
        return JobBuilder.newJob(FlowScheduleJob.class).withIdentity(jobKey(s.profileId(), s.flow()))
                .withDescription(s.profileName() + " / " + s.flow()).usingJobData(data)
                .storeDurably().requestRecovery().build();
    }

    /** The studio saved a schedule: the triggers follow at once on this node. */
    @EventListener
    void schedulesChanged(FlowSchedules.SchedulesChanged event) throws SchedulerException {
        reconcile();
    }

    /** A run ended: the flows scheduled "after" it start (on whichever node takes the one-off trigger). */
    @EventListener
    void runEnded(FlowRunEnded event) throws SchedulerException {
        if (!event.startsFollowers()) {
            return;
        }
        for (ScheduledFlow follower : schedules.followers(event.profileId(), event.flow())) {
            JobKey job = jobKey(follower.profileId(), follower.flow());
            if (!scheduler.checkExists(job)) {
                scheduler.addJob(jobDetail(follower), false);
            }
            JobDataMap data = new JobDataMap();
            data.put(FlowScheduleJob.SOURCE, "AFTER");
            scheduler.scheduleJob(TriggerBuilder.newTrigger()
                    .withIdentity("after-" + event.flow() + "-" + follower.profileId() + "-" + follower.flow() + "-"
                            + System.nanoTime(), GROUP)
                    .forJob(job).usingJobData(data).startNow()
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                    .build());
        }
    }

    /** The next {@code count} run times of a schedule (Paris time applies; quiet window excluded). */
    public static List<Instant> nextRuns(FlowSchedule schedule, int count) {
        return nextRuns(schedule, count, Instant.now());
    }

    /** The same from a given instant (tests of DST nights). */
    public static List<Instant> nextRuns(FlowSchedule schedule, int count, Instant from) {
        if (!schedule.timed()) {
            return List.of();
        }
        ScheduledFlow s = new ScheduledFlow(0, "", "preview", schedule);
        OperableTrigger trigger = (OperableTrigger) trigger(s, null, from);
        org.quartz.Calendar calendar = schedule.quietFrom() == null || schedule.quietTo() == null ? null
                : quiet(schedule.quietFrom(), schedule.quietTo());
        List<Instant> out = new ArrayList<>();
        for (Date d : TriggerUtils.computeFireTimes(trigger, calendar, count)) {
            out.add(d.toInstant());
        }
        return out;
    }

    /** The next run time Quartz holds for a flow of a profile, if it has a timed trigger (empty when the store cannot say). */
    public java.util.Optional<Instant> nextRun(long profileId, String flow) {
        try {
            Trigger t = scheduler.getTrigger(triggerKey(profileId, flow));
            return t == null || t.getNextFireTime() == null ? java.util.Optional.empty()
                    : java.util.Optional.of(t.getNextFireTime().toInstant());
        } catch (SchedulerException e) {
            return java.util.Optional.empty();
        }
    }

    /** The schedule, if its cron expression is one Quartz reads; else an exception that says why. */
    public static FlowSchedule checkCron(FlowSchedule schedule) {
        if (schedule.kind() == FlowSchedule.Kind.CRON) {
            try {
                org.quartz.CronExpression.validateExpression(String.valueOf(schedule.cron()));
            } catch (java.text.ParseException e) {
                throw new IllegalArgumentException("not a cron expression: " + e.getMessage(), e);
            }
        }
        return schedule;
    }
}
