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
        RecordEnricher enricher = this;
        return new RecordMapper() {
            @Override
            public MappingStep map(CanonicalRecord record) {
                return mapper.map(enricher.enrich(record));
            }

            @Override
            public java.util.List<MappingStep> mapPage(java.util.List<CanonicalRecord> records) {
                return mapper.mapPage(records.stream().map(enricher::enrich).toList());
            }
        };
    }
}
