package fr.passerelle.engine;

import fr.passerelle.connector.CanonicalRecord;

/**
 * The engine's view of a compiled mapping plan: one source record in, one step out. Thread-safe
 * and side-effect free, so the engine may map records on any thread.
 */
@FunctionalInterface
public interface RecordMapper {

    MappingStep map(CanonicalRecord record);
}
