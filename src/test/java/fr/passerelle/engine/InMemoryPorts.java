package fr.passerelle.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Storage ports in memory, standing in for the store in engine tests. */
final class InMemoryPorts implements RunPorts.IdLinks, RunPorts.Watermarks, RunPorts.RunRecorder {

    final Map<String, IdLink> links = new HashMap<>();
    final Map<String, Instant> watermarks = new HashMap<>();
    final Map<String, ReadCheckpoint> checkpoints = new HashMap<>();
    final List<RecordOutcome> outcomes = new ArrayList<>();
    private long runs;

    FlowRunner runner() {
        return new FlowRunner(this, this, this);
    }

    @Override
    public Map<String, IdLink> find(String entity, Collection<String> erpKeys) {
        Map<String, IdLink> found = new HashMap<>();
        erpKeys.forEach(k -> Optional.ofNullable(links.get(entity + "/" + k)).ifPresent(l -> found.put(k, l)));
        return found;
    }

    @Override
    public void save(String entity, IdLink link, long runId) {
        links.put(entity + "/" + link.erpKey(), link);
    }

    @Override
    public Optional<Instant> get(String flow) {
        return Optional.ofNullable(watermarks.get(flow));
    }

    @Override
    public void advance(String flow, Instant value) {
        watermarks.put(flow, value);
    }

    @Override
    public Optional<ReadCheckpoint> checkpoint(String flow) {
        return Optional.ofNullable(checkpoints.get(flow));
    }

    @Override
    public void saveCheckpoint(String flow, ReadCheckpoint checkpoint) {
        checkpoints.put(flow, checkpoint);
    }

    @Override
    public void clearCheckpoint(String flow) {
        checkpoints.remove(flow);
    }

    @Override
    public long start(String flow, boolean dryRun) {
        outcomes.clear();
        return ++runs;
    }

    @Override
    public void record(long runId, RecordOutcome outcome) {
        outcomes.add(outcome);
    }

    @Override
    public void finish(long runId, RunSummary summary) {
    }

    Optional<RecordOutcome> outcomeOf(String key) {
        return outcomes.stream().filter(o -> o.key().equals(key)).findFirst();
    }
}
