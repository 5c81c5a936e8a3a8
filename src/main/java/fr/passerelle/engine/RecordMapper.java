package fr.passerelle.engine;

import fr.passerelle.connector.CanonicalRecord;
import java.util.List;

/**
 * The engine's view of a compiled mapping plan: one source record in, one step out. Thread-safe
 * and side-effect free, so the engine may map records on any thread.
 */
@FunctionalInterface
public interface RecordMapper {

    MappingStep map(CanonicalRecord record);

    /**
     * Maps a page, one step per record in order. A mapper may map a page under a watchdog
     * ({@code plan.Watchdog}); the default maps record by record, a record that throws failing alone.
     */
    default List<MappingStep> mapPage(List<CanonicalRecord> records) {
        return records.stream().map(record -> {
            try {
                return map(record);
            } catch (RuntimeException e) {
                return (MappingStep) new MappingStep.Failed(record.key(), "", String.valueOf(e.getMessage()));
            }
        }).toList();
    }
}
