package fr.passerelle.scheduler;

import fr.passerelle.sync.DriftReporting;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The scheduled drift report: compares ERP and shop for every profile and records the reports
 * ({@link DriftReporting} does the work). One at a time across the cluster: two comparisons of
 * the same shops would only double the load on them.
 */
@DisallowConcurrentExecution
public class DriftReportJob extends QuartzJobBean {

    private final DriftReporting drift;

    public DriftReportJob(DriftReporting drift) {
        this.drift = drift;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        // the count goes to Quartz's job result, for listeners and the log
        context.setResult(drift.compareAllProfiles());
    }
}
