package fr.passerelle.engine;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** What the engine needs from storage, implemented by the store (PostgreSQL) and by test fakes. */
public final class RunPorts {

    private RunPorts() {
    }

    /** Id links of one profile. */
    public interface IdLinks {

        Map<String, IdLink> find(String entity, Collection<String> erpKeys);

        void save(String entity, IdLink link, long runId);

        /** The links of one written batch, in order; stores may save them in one round trip. */
        default void saveAll(String entity, java.util.List<IdLink> links, long runId) {
            for (IdLink link : links) {
                save(entity, link, runId);
            }
        }
    }

    /** Watermarks of one profile: where the next incremental read of a flow starts. */
    public interface Watermarks {

        Optional<Instant> get(String flow);

        /** Called only when a whole read is done, so a crash or a kill resumes from the previous value. */
        void advance(String flow, Instant value);

        /** The unfinished read of this flow, if a run stopped mid-way. */
        default Optional<ReadCheckpoint> checkpoint(String flow) {
            return Optional.empty();
        }

        /** Saved after each finished page of a read (its links and outcomes already stored). */
        default void saveCheckpoint(String flow, ReadCheckpoint checkpoint) {
        }

        /** The read is complete: nothing to resume any more. */
        default void clearCheckpoint(String flow) {
        }
    }

    /** The run history. */
    public interface RunRecorder {

        long start(String flow, boolean dryRun);

        void record(long runId, RecordOutcome outcome);

        /** Stores the outcomes buffered so far: called before a checkpoint, so history and resume agree. */
        default void flush() {
        }

        void finish(long runId, RunSummary summary);
    }

    /**
     * The exactly-once ledger of a flow that creates documents in the ERP (orders, payments,
     * customers): a record is claimed, with an attempt written, BEFORE the ERP is called, and the
     * attempt is closed with the ERP document or the failure after. A record claimed by another
     * run whose lease still runs (a second node on the same batch) is left to it.
     */
    public interface Ledger {

        Ledger NONE = new Ledger() {
            @Override
            public boolean claim(String flow, String key, long runId) {
                return true;
            }

            @Override
            public void close(String flow, String key, long runId, String state, String document, String message) {
            }
        };

        /** Takes the record for this run and opens an attempt; false when another live run holds it. */
        boolean claim(String flow, String key, long runId);

        /** Ends the open attempt: {@code DONE} with the ERP document, {@code FAILED} with the reason. */
        void close(String flow, String key, long runId, String state, @org.jspecify.annotations.Nullable String document,
                @org.jspecify.annotations.Nullable String message);
    }
}
