package fr.passerelle.sync;

import fr.passerelle.engine.RunOptions;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.flow.FlowCatalog;
import fr.passerelle.flow.FlowDefinition;
import fr.passerelle.store.ProfileRepository;
import fr.passerelle.store.ShopProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The flows' schedules (SCH-1), read from and written to the profiles' settings, and the runs the
 * scheduler starts: the scheduler package says when, this service what (the flow's policy when
 * it is running, retries of a failed run).
 */
@Service
public class FlowSchedules {

    private static final Logger LOG = LoggerFactory.getLogger(FlowSchedules.class);

    private final ProfileRepository profiles;
    private final FlowSync sync;
    private final ApplicationEventPublisher events;
    private final fr.passerelle.store.RunHistory history;

    FlowSchedules(ProfileRepository profiles, FlowSync sync, ApplicationEventPublisher events,
            fr.passerelle.store.RunHistory history) {
        this.history = history;
        this.profiles = profiles;
        this.sync = sync;
        this.events = events;
    }

    /** One flow of one profile with its schedule. */
    public record ScheduledFlow(long profileId, String profileName, String flow, FlowSchedule schedule) {
    }

    /** Published when a profile's schedules change (the studio saved one): the scheduler updates its triggers. */
    public record SchedulesChanged(long profileId) {
    }

    /** Every flow of every enabled profile that has a schedule (on or off). */
    public List<ScheduledFlow> all() {
        List<ScheduledFlow> out = new ArrayList<>();
        for (ShopProfile profile : profiles.findAll()) {
            if (profile.enabled()) {
                out.addAll(of(profile));
            }
        }
        return out;
    }

    /** A profile's schedules, one per flow of the catalogue that has one, in run order. */
    public List<ScheduledFlow> of(long profileId) {
        return profiles.findById(profileId).map(this::of).orElse(List.of());
    }

    private List<ScheduledFlow> of(ShopProfile profile) {
        List<ScheduledFlow> out = new ArrayList<>();
        for (FlowDefinition flow : FlowCatalog.inRunOrder(FlowCatalog.all().stream().map(FlowDefinition::id).toList())) {
            FlowSchedule schedule;
            try {
                schedule = FlowSchedule.of(profile.settings(), flow.id());
            } catch (RuntimeException e) {
                LOG.warn("profile {}: the schedule of {} is unreadable ({}), ignored", profile.name(), flow.id(),
                        e.getMessage());
                continue;
            }
            if (schedule.kind() != FlowSchedule.Kind.NONE) {
                out.add(new ScheduledFlow(profile.id(), profile.name(), flow.id(), schedule));
            }
        }
        return out;
    }

    public FlowSchedule get(long profileId, String flow) {
        return profiles.findById(profileId).map(p -> FlowSchedule.of(p.settings(), flow)).orElse(FlowSchedule.none());
    }

    /** Saves a flow's schedule in the profile's settings and tells the scheduler. */
    public void save(long profileId, String flow, FlowSchedule schedule) {
        FlowCatalog.find(flow).orElseThrow(() -> new SyncException("unknown flow '" + flow + "'"));
        if (schedule.kind() == FlowSchedule.Kind.AFTER) {
            String after = String.valueOf(schedule.after());
            FlowCatalog.find(after).orElseThrow(() -> new SyncException("unknown flow '" + after + "'"));
            if (after.equals(flow)) {
                throw new SyncException("a flow cannot run after itself");
            }
        }
        schedule.toSettings(flow).forEach((k, v) -> profiles.putSetting(profileId, k, v));
        events.publishEvent(new SchedulesChanged(profileId));
    }

    /** The enabled flows of this profile scheduled to run after {@code flow} ends. */
    public List<ScheduledFlow> followers(long profileId, String flow) {
        return of(profileId).stream()
                .filter(s -> s.schedule().enabled() && s.schedule().kind() == FlowSchedule.Kind.AFTER
                        && flow.equals(s.schedule().after()))
                .toList();
    }

    /**
     * Runs a scheduled flow by its schedule's policy, with its retries (issue 15, point 6): a run
     * that failed as a whole (ERP down, connection lost) is tried again after {@code retryDelay},
     * doubled each time; records that failed alone are the per-record retries' business.
     *
     * @return the run's summary in one line, or empty when the trigger was skipped (the flow was running: the run
     *     history says so) or the schedule was switched off meanwhile
     */
    public Optional<String> runScheduled(long profileId, String flow, String source, String fireId) {
        // Quartz recovers a job whose node died after the run ended but before the fire was marked
        // done: that fire ran already, and runs once
        if ("RECOVERY".equals(source) && history.fireEnded(fireId)) {
            LOG.info("profile {}: {} fire {} already ran to its end, not recovered", profileId, flow, fireId);
            return Optional.empty();
        }
        FlowSchedule schedule = get(profileId, flow);
        // a run a dead node left is finished even if its schedule was switched off since
        if (!schedule.enabled() && !"RECOVERY".equals(source)) {
            LOG.info("profile {}: {} is switched off, fire {} ignored", profileId, flow, fireId);
            return Optional.empty();
        }
        // the recovery of a dead node's run waits for nothing but the lock (freed with the dead session)
        RunTrigger trigger = RunTrigger.scheduled(source, "RECOVERY".equals(source) ? RunTrigger.WhenRunning.WAIT
                : schedule.whenRunning(), schedule.maxWait(), fireId);
        Duration delay = schedule.retryDelay();
        for (int attempt = 0; ; attempt++) {
            RuntimeException failure = null;
            RunSummary summary = null;
            try {
                summary = sync.run(profileId, flow, RunOptions.normal(), trigger);
            } catch (FlowBusyException e) {
                return Optional.empty();
            } catch (RuntimeException e) {
                failure = e;
            }
            boolean failed = failure != null || summary.status() == RunSummary.Status.FAILED;
            if (!failed || attempt >= schedule.retries()) {
                if (failure != null) {
                    throw failure;
                }
                return Optional.of(summary.describe());
            }
            LOG.warn("profile {}: {} failed ({}), attempt {} of {} in {}", profileId, flow,
                    failure != null ? failure.getMessage() : summary.describe(), attempt + 2, schedule.retries() + 1,
                    delay);
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SyncException("the retry of '" + flow + "' was interrupted");
            }
            delay = delay.multipliedBy(2);
        }
    }
}
