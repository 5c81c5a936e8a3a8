package fr.passerelle.sync;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.engine.MappingStep;
import fr.passerelle.engine.RecordMapper;
import fr.passerelle.plan.MappingPlan;
import fr.passerelle.plan.MappingResult;
import java.util.Map;

/** A compiled plan as the engine's mapper: the profile's settings are the plan's {@code profile}. */
record PlanMapper(MappingPlan plan, Map<String, ?> profileSettings) implements RecordMapper {

    @Override
    public MappingStep map(CanonicalRecord record) {
        MappingResult result = plan.apply(record.fields(), profileSettings);
        String key = result.key() == null ? record.key() : result.key();
        return switch (result) {
            case MappingResult.Mapped m -> new MappingStep.Mapped(key, m.payload());
            case MappingResult.Skipped s -> new MappingStep.Skipped(key, s.reason());
            case MappingResult.Failed f -> new MappingStep.Failed(key, f.field(), f.error());
        };
    }
}
