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
 * change says nothing of the pages after it: advancing the watermark per page would lose, after a
 * crash or a kill, every record of the later pages changed before it. Instead, each finished page
 * saves a {@link ReadCheckpoint} (the read's watermark, the page's cursor, the latest change so
 * far, the run's start): a run after a crash or a kill resumes the same read at the last finished
 * page, which it reads again (unchanged by hash, nothing written) before going on. What was sent
 * without its id link is adopted by its match field. No duplicate, no loss, no full re-read.
 */
public final class FlowRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FlowRunner.class);

    private final RunPorts.IdLinks links;
    private final RunPorts.Watermarks watermarks;
    private final RunPorts.RunRecorder recorder;
    private final RunPorts.Ledger ledger;

    public FlowRunner(RunPorts.IdLinks links, RunPorts.Watermarks watermarks, RunPorts.RunRecorder recorder) {
        this(links, watermarks, recorder, RunPorts.Ledger.NONE);
    }

    /** @param ledger the exactly-once ledger, for flows that create documents in the ERP */
    public FlowRunner(RunPorts.IdLinks links, RunPorts.Watermarks watermarks, RunPorts.RunRecorder recorder,
            RunPorts.Ledger ledger) {
        this.ledger = ledger;
        this.links = links;
        this.watermarks = watermarks;
        this.recorder = recorder;
    }

    public RunSummary run(FlowSpec spec, RecordMapper mapper, ConnectorSession source, ConnectorSession target,
            TargetLimits limits, RunOptions options) {
        long runId = recorder.start(spec.flow(), options.dryRun());
        RunTally tally = new RunTally(options.dryRun());
        PageLoader loader = new PageLoader(spec, target, limits, links, runId, options.dryRun(), options.targeted(),
                ledger);
        // A dry run or a targeted re-sync is a side read: it neither resumes nor leaves a checkpoint.
        boolean mainRead = !options.dryRun() && !options.targeted();
        ReadCheckpoint resumed = mainRead ? watermarks.checkpoint(spec.flow()).filter(c -> c.resumes(spec)).orElse(null)
                : null;
        Instant since = options.targeted() ? null
                : resumed != null ? resumed.since() : watermarks.get(spec.flow()).orElse(null);
        ReadRequest request = new ReadRequest(spec.sourceFilter(), since, spec.pageSize(),
                resumed == null ? null : resumed.cursor(), List.of());
        if (resumed != null) {
            LOG.info("Run {} of flow {} resumes an unfinished read at cursor {}", runId, spec.flow(), resumed.cursor());
        }
        boolean stopped = false;
        Instant started = resumed != null ? resumed.started() : Instant.now();
        Instant latest = resumed == null ? null : resumed.latest();
        try {
            while (true) {
                Page page = source.read(spec.sourceEntity(), request);
                List<MappingStep> steps = mapper.mapPage(page.records().stream()
                        .filter(r -> !options.targeted() || options.onlyKeys().contains(r.key())).toList());
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
                    if (mainRead) {
                        if (latest != null) {
                            watermarks.advance(spec.flow(), latest.isAfter(started) ? started : latest);
                        }
                        watermarks.clearCheckpoint(spec.flow());
                    }
                    break;
                }
                if (mainRead) {
                    recorder.flush();
                    watermarks.saveCheckpoint(spec.flow(), new ReadCheckpoint(since, request.cursor(), latest, started,
                            spec.sourceFilter(), spec.pageSize()));
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

    private static java.util.Optional<Instant> latestChange(List<CanonicalRecord> records) {
        return records.stream().map(CanonicalRecord::modifiedAt).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo);
    }
}
