package fr.passerelle.engine;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.ConnectorSession;
import fr.passerelle.connector.Page;
import fr.passerelle.connector.ReadRequest;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one flow of one profile: reads the source page by page (incremental from the flow's
 * watermark, filtered by the mapping's source filter), maps each record, and hands the
 * payloads to a {@link PageLoader}. Memory holds one page at a time whatever the catalogue size.
 *
 * <p>The watermark advances only when a whole page is done, so a crash or a kill resumes from
 * the last finished page; records of the interrupted page that were already written have their
 * id link (or are adopted by their match field), so resuming never duplicates them.
 */
public final class FlowRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FlowRunner.class);

    private final RunPorts.IdLinks links;
    private final RunPorts.Watermarks watermarks;
    private final RunPorts.RunRecorder recorder;

    public FlowRunner(RunPorts.IdLinks links, RunPorts.Watermarks watermarks, RunPorts.RunRecorder recorder) {
        this.links = links;
        this.watermarks = watermarks;
        this.recorder = recorder;
    }

    public RunSummary run(FlowSpec spec, RecordMapper mapper, ConnectorSession source, ConnectorSession target,
            TargetLimits limits, RunOptions options) {
        long runId = recorder.start(spec.flow(), options.dryRun());
        RunTally tally = new RunTally(options.dryRun());
        PageLoader loader = new PageLoader(spec, target, limits, links, runId, options.dryRun(), options.targeted());
        Instant since = options.targeted() ? null : watermarks.get(spec.flow()).orElse(null);
        ReadRequest request = new ReadRequest(spec.sourceFilter(), since, spec.pageSize(), null, List.of());
        boolean stopped = false;
        try {
            while (true) {
                Page page = source.read(spec.sourceEntity(), request);
                List<MappingStep> steps = page.records().stream()
                        .filter(r -> !options.targeted() || options.onlyKeys().contains(r.key()))
                        .map(r -> mapSafely(mapper, r)).toList();
                for (RecordOutcome outcome : loader.load(steps)) {
                    recorder.record(runId, outcome);
                    tally.add(outcome);
                }
                if (!options.dryRun() && !options.targeted()) {
                    latestChange(page.records()).ifPresent(last -> watermarks.advance(spec.flow(), last));
                }
                options.progress().progress(tally.done(), page.total());
                if (page.last()) {
                    break;
                }
                request = request.next(page.nextCursor());
            }
        } catch (ConnectorException e) {
            // After the connector's own retries: stop here; the watermark stays at the last
            // finished page, so the next run picks up what this one could not do.
            LOG.warn("Run {} of flow {} stopped: {}", runId, spec.flow(), e.getMessage());
            stopped = true;
        }
        RunSummary summary = tally.summary(stopped);
        recorder.finish(runId, summary);
        return summary;
    }

    private static MappingStep mapSafely(RecordMapper mapper, CanonicalRecord record) {
        try {
            return mapper.map(record);
        } catch (RuntimeException e) {
            return new MappingStep.Failed(record.key(), "", String.valueOf(e.getMessage()));
        }
    }

    private static java.util.Optional<Instant> latestChange(List<CanonicalRecord> records) {
        return records.stream().map(CanonicalRecord::modifiedAt).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo);
    }
}
