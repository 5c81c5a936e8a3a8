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
 * <p>The watermark moves only when the whole read is done, to the latest change seen (never past
 * the run's start, so a record changed while the run read other pages is read again next time).
 * Sources page by key, not by change time (Acumatica has no {@code $orderby}), so a page's latest
 * change says nothing of the pages after it: advancing per page would lose, after a crash or a
 * kill, every record of the later pages changed before it. A resumed run reads again from the
 * previous watermark instead: what was already sent is unchanged (payload hash) and not written
 * again, what was written without its id link is adopted by its match field, and the rest is
 * written. No duplicate, no loss.
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
        Instant started = Instant.now();
        Instant latest = null;
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
                Instant pageLatest = latestChange(page.records()).orElse(null);
                if (pageLatest != null && (latest == null || pageLatest.isAfter(latest))) {
                    latest = pageLatest;
                }
                options.progress().progress(tally.done(), page.total());
                if (page.last()) {
                    if (!options.dryRun() && !options.targeted() && latest != null) {
                        watermarks.advance(spec.flow(), latest.isAfter(started) ? started : latest);
                    }
                    break;
                }
                request = request.next(page.nextCursor());
            }
        } catch (ConnectorException e) {
            // After the connector's own retries: stop here; the watermark has not moved, so the
            // next run reads again what this one could not finish.
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
