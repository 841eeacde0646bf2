package org.factdesk.suggestion;

import java.time.LocalTime;
import org.factdesk.base.JobSchedule;
import org.factdesk.base.ScheduledJob;
import org.factdesk.desk.DeskSettingsService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Every night, each language with enough of the desk's decisions gets a new desk model (kept only if better). */
@Component
class NightlyTraining implements ScheduledJob {

    private final DeskModels models;
    private final DeskSettingsService desk;
    private final LocalTime at;

    NightlyTraining(DeskModels models, DeskSettingsService desk,
                    @Value("${factdesk.suggestion.training-at:03:30}") String at) {
        this.models = models;
        this.desk = desk;
        this.at = LocalTime.parse(at);
    }

    @Override
    public String name() {
        return "desk-model-training";
    }

    @Override
    public JobSchedule schedule() {
        return new JobSchedule.Daily(at, desk::zone);
    }

    @Override
    public void run() {
        models.trainAll("system");
    }
}
