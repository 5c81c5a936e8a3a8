package fr.passerelle.scheduler;

import fr.passerelle.sync.FlowSchedules;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Runs one flow of one profile when its trigger fires (SCH-1). Not {@code @DisallowConcurrentExecution}:
 * the cluster-wide run lock in {@code sync} decides, so that a trigger that finds the flow running
 * (started from the studio, say) waits or skips by the flow's policy and the run history says so.
 * Stored with {@code requestRecovery}: when a node dies mid-run, another node runs the job again
 * (Quartz's recovery), and the engine resumes at the dead run's last finished page.
 */
public class FlowScheduleJob extends QuartzJobBean {

    static final String PROFILE_ID = "profileId";
    static final String FLOW = "flow";
    static final String SOURCE = "source";

    private final FlowSchedules schedules;

    public FlowScheduleJob(FlowSchedules schedules) {
        this.schedules = schedules;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        var data = context.getMergedJobDataMap();
        long profileId = Long.parseLong(data.getString(PROFILE_ID));
        String flow = data.getString(FLOW);
        String source = data.containsKey(SOURCE) ? data.getString(SOURCE) : "SCHEDULE";
        long scheduled = context.getScheduledFireTime().getTime();
        String trigger = context.getTrigger().getKey().getName();
        if (context.isRecovering()) {
            // the run a dead node left: same fire, taken over here (the engine resumes at its checkpoint)
            source = "RECOVERY";
            trigger = data.getString(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_NAME);
            scheduled = Long.parseLong(data.getString(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_SCHEDULED_FIRETIME_IN_MILLISECONDS));
        }
        context.setResult(schedules.runScheduled(profileId, flow, source, trigger + "@" + scheduled).orElse(null));
    }
}
