package fr.passerelle.scheduler;

import fr.passerelle.sync.DriftReporting;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The scheduled drift report: compares ERP and shop for every profile and records the reports
 * ({@link DriftReporting} does the work). A one-off trigger may carry a {@code profileId} to
 * compare that profile only. One at a time across the cluster: two comparisons of the same shops
 * would only double the load on them.
 */
@DisallowConcurrentExecution
public class DriftReportJob extends QuartzJobBean {

    /** Job data key: compare only this profile (a number), for a one-off trigger. */
    public static final String PROFILE_ID = "profileId";

    private final DriftReporting drift;

    public DriftReportJob(DriftReporting drift) {
        this.drift = drift;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        var data = context.getMergedJobDataMap();
        Long profileId = data.containsKey(PROFILE_ID) ? Long.valueOf(data.getString(PROFILE_ID)) : null;
        // the count goes to Quartz's job result, for listeners and the log
        context.setResult(drift.scheduledComparison(profileId));
    }
}
