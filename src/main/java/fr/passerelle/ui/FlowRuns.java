package fr.passerelle.ui;

import fr.passerelle.engine.ProgressListener;
import fr.passerelle.engine.RunOptions;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.flow.FlowCatalog;
import fr.passerelle.flow.FlowDefinition;
import fr.passerelle.store.MappingRepository;
import fr.passerelle.store.RunLog;
import fr.passerelle.sync.FlowSync;
import fr.passerelle.sync.RunTrigger;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * What the runs view shows and starts: each flow of a profile with its published mapping and its
 * last run, and runs started from the studio on a small pool of background threads, so a long
 * run never holds a UI thread (nor a servlet thread) while it works.
 */
@Service
class FlowRuns {

    /** One line of the runs view; {@code publishedVersion} is null when the flow has nothing published. */
    record FlowRow(FlowDefinition flow, @Nullable Integer publishedVersion, RunLog.@Nullable RunHeader lastRun) {
    }

    /** What a started run reports, from its own thread: callers hop to their UI themselves. */
    interface Callbacks {
        void progress(long done, long total);

        void finished(RunSummary summary);

        void failed(String message);
    }

    private final FlowSync sync;
    private final MappingRepository mappings;
    private final RunLog runs;
    // Two cores are shared by everything: two studio-started runs at a time is plenty.
    private final ExecutorService pool = Executors.newFixedThreadPool(2, Thread.ofPlatform()
            .name("studio-run-", 1).daemon(true).factory());
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    FlowRuns(FlowSync sync, MappingRepository mappings, RunLog runs) {
        this.sync = sync;
        this.mappings = mappings;
        this.runs = runs;
    }

    /** Every flow Passerelle knows, in the order they must run. */
    List<FlowRow> rows(long profileId) {
        Map<String, RunLog.RunHeader> last = runs.latestPerFlow(profileId);
        List<String> ids = FlowCatalog.all().stream().map(FlowDefinition::id).toList();
        return FlowCatalog.inRunOrder(ids).stream()
                .map(flow -> new FlowRow(flow, mappings.published(profileId, flow.id())
                        .map(MappingRepository.MappingVersion::version).orElse(null), last.get(flow.id())))
                .toList();
    }

    boolean isRunning(long profileId, String flow) {
        return running.contains(profileId + "/" + flow);
    }

    /**
     * Starts the flow in the background. The caller must already have checked that the user may
     * see the profile: the run's thread has no signed-in user.
     *
     * @return false when this flow of this profile is already running from the studio
     */
    boolean start(long profileId, String flow, boolean dryRun, Callbacks callbacks) {
        return launch(profileId, flow, progress -> new RunOptions(dryRun, progress), callbacks);
    }

    /**
     * Sends again, alone, the records that failed in the flow's last run (the shop refused them, or
     * was down): a targeted re-sync of their keys, even if unchanged since.
     *
     * @return false when the flow is already running, or its last run has no failed record
     */
    boolean replayFailed(long profileId, String flow, Callbacks callbacks) {
        RunLog.RunHeader last = runs.latestPerFlow(profileId).get(flow);
        Set<String> keys = last == null ? Set.of() : runs.failedKeys(last.id());
        if (keys.isEmpty()) {
            return false;
        }
        return launch(profileId, flow, progress -> new RunOptions(false, progress, keys), callbacks);
    }

    private boolean launch(long profileId, String flow, java.util.function.Function<ProgressListener, RunOptions> options,
            Callbacks callbacks) {
        String key = profileId + "/" + flow;
        if (!running.add(key)) {
            return false;
        }
        ProgressListener progress = callbacks::progress;
        try {
            pool.execute(() -> {
                RunSummary summary;
                try {
                    summary = sync.run(profileId, flow, options.apply(progress), RunTrigger.manual("STUDIO"));
                } catch (RuntimeException e) {
                    running.remove(key);
                    callbacks.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                    return;
                }
                // free the flow before telling: the callback redraws the buttons, enabled again
                running.remove(key);
                callbacks.finished(summary);
            });
        } catch (RuntimeException e) {
            running.remove(key);
            throw e;
        }
        return true;
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
