package fr.passerelle.scheduler;

import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * When the drift report runs: {@code passerelle.drift.cron} (Quartz syntax, Paris time), nightly
 * at 03:00 by default, when the shops are quiet; {@code passerelle.drift.enabled=false} removes
 * the schedule (the studio's "compare now" still works). Spring Boot hands both beans to the
 * scheduler, which stores them in PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "passerelle.drift.enabled", havingValue = "true", matchIfMissing = true)
class DriftSchedule {

    static final JobKey JOB = JobKey.jobKey("drift-report", "passerelle");

    @Bean
    JobDetail driftReportJob() {
        return JobBuilder.newJob(DriftReportJob.class).withIdentity(JOB)
                .withDescription("Compares ERP and shops (stock, prices, active flags) and records the drift reports")
                .storeDurably()
                // a node that dies in the middle leaves the report to another node
                .requestRecovery()
                .build();
    }

    @Bean
    Trigger driftReportTrigger(JobDetail driftReportJob, @Value("${passerelle.drift.cron:0 0 3 * * ?}") String cron) {
        return TriggerBuilder.newTrigger().forJob(driftReportJob).withIdentity("drift-report-schedule", "passerelle")
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone("Europe/Paris"))
                        // a night missed while the studio was down is not made up at start-up
                        .withMisfireHandlingInstructionDoNothing())
                .build();
    }
}
