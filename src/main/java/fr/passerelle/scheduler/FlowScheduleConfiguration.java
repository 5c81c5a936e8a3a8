package fr.passerelle.scheduler;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The job that keeps the flows' triggers in line with the profiles' settings ({@code passerelle.schedules.sync-seconds}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "passerelle.schedules.enabled", havingValue = "true", matchIfMissing = true)
class FlowScheduleConfiguration {

    @Bean
    JobDetail scheduleSyncJob() {
        return JobBuilder.newJob(ScheduleSyncJob.class).withIdentity("schedule-sync", "passerelle")
                .withDescription("Keeps the flows' triggers equal to the profiles' schedules").storeDurably().build();
    }

    @Bean
    Trigger scheduleSyncTrigger(JobDetail scheduleSyncJob,
            @Value("${passerelle.schedules.sync-seconds:15}") int seconds) {
        return TriggerBuilder.newTrigger().forJob(scheduleSyncJob).withIdentity("schedule-sync", "passerelle")
                .startNow()
                .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(seconds)
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
