package fr.passerelle.sync;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.engine.MappingStep;
import fr.passerelle.engine.RecordMapper;
import fr.passerelle.plan.MappingPlan;
import fr.passerelle.plan.MappingResult;
import fr.passerelle.plan.Watchdog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A compiled plan as the engine's mapper: the profile's settings are the plan's {@code profile}. */
record PlanMapper(MappingPlan plan, Map<String, ?> profileSettings) implements RecordMapper {

    @Override
    public MappingStep map(CanonicalRecord record) {
        return step(record, plan.apply(record.fields(), profileSettings));
    }

    /** A page under the watchdog: a record whose evaluation never comes back fails alone, the page goes on. */
    @Override
    public List<MappingStep> mapPage(List<CanonicalRecord> records) {
        List<MappingResult> results = Watchdog.applyAll(plan, records.stream().map(CanonicalRecord::fields).toList(),
                profileSettings);
        List<MappingStep> steps = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            steps.add(step(records.get(i), results.get(i)));
        }
        return steps;
    }

    private static MappingStep step(CanonicalRecord record, MappingResult result) {
        String key = result.key() == null ? record.key() : result.key();
        return switch (result) {
            case MappingResult.Mapped m -> new MappingStep.Mapped(key, m.payload());
            case MappingResult.Skipped s -> new MappingStep.Skipped(key, s.reason());
            case MappingResult.Failed f -> new MappingStep.Failed(key, f.field(), f.error());
        };
    }
}
