package fr.passerelle.scheduler;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Every 15 s, on one node of the cluster at a time: the schedules saved on another node (or by
 * profiles as code, straight in the database) reach Quartz's triggers.
 */
@DisallowConcurrentExecution
public class ScheduleSyncJob extends QuartzJobBean {

    private final FlowScheduler flows;

    public ScheduleSyncJob(FlowScheduler flows) {
        this.flows = flows;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        try {
            context.setResult(flows.reconcile());
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot update the flows' triggers: " + e.getMessage(), e);
        }
    }
}
