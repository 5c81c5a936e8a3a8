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

    /** A page at once, for enrichers that read what they add in one call per page rather than per record. */
    default java.util.List<CanonicalRecord> enrichPage(java.util.List<CanonicalRecord> records) {
        return records.stream().map(this::enrich).toList();
    }

    default RecordMapper before(RecordMapper mapper) {
        RecordEnricher enricher = this;
        return new RecordMapper() {
            @Override
            public MappingStep map(CanonicalRecord record) {
                return mapper.map(enricher.enrich(record));
            }

            @Override
            public java.util.List<MappingStep> mapPage(java.util.List<CanonicalRecord> records) {
                return mapper.mapPage(enricher.enrichPage(records));
            }
        };
    }
}
