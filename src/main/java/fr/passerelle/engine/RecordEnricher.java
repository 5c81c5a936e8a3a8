package fr.passerelle.engine;

import fr.passerelle.connector.CanonicalRecord;

/**
 * Adds values the source system does not hold to each record before it is mapped (stock
 * reserved by web orders not yet imported ...), so the mapping decides what to do with them.
 */
@FunctionalInterface
public interface RecordEnricher {

    RecordEnricher NONE = record -> record;

    CanonicalRecord enrich(CanonicalRecord record);

    default RecordMapper before(RecordMapper mapper) {
        return record -> mapper.map(enrich(record));
    }
}
