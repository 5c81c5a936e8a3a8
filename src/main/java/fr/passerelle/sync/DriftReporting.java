package fr.passerelle.sync;

import fr.passerelle.engine.Drift;
import fr.passerelle.engine.RunOptions;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.store.DriftReports;
import fr.passerelle.store.MappingRepository;
import fr.passerelle.store.ProfileRepository;
import fr.passerelle.store.RunLog;
import fr.passerelle.store.ShopProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The drift report (issue 6): compares, for the drift-capable flows of a profile (products'
 * active flag, stock, prices), what the ERP says through the published mapping with what the
 * shop holds, and records a report per flow. A targeted re-sync of the drifted keys heals them and
 * is followed by a new comparison, so the report shows at once whether the repair held.
 */
@Service
public class DriftReporting {

    private static final Logger LOG = LoggerFactory.getLogger(DriftReporting.class);

    private final FlowSync sync;
    private final ProfileRepository profiles;
    private final MappingRepository mappings;
    private final RunLog runs;
    private final DriftReports reports;

    DriftReporting(FlowSync sync, ProfileRepository profiles, MappingRepository mappings, RunLog runs,
            DriftReports reports) {
        this.sync = sync;
        this.profiles = profiles;
        this.mappings = mappings;
        this.runs = runs;
        this.reports = reports;
    }

    /**
     * The scheduled comparison: every enabled profile (or only {@code profileId}, for a one-off
     * trigger); one profile failing never stops the others.
     *
     * @return the number of differences found in all
     */
    public int scheduledComparison(@Nullable Long profileId) {
        List<DriftReports.Report> made = new ArrayList<>();
        List<ShopProfile> targets = profileId == null ? profiles.findAll() : List.of(profile(profileId));
        for (ShopProfile profile : targets) {
            if (profile.enabled()) {
                made.addAll(compare(profile.id(), DriftReports.Origin.SCHEDULE));
            }
        }
        int differences = made.stream().mapToInt(DriftReports.Report::differenceCount).sum();
        LOG.info("drift report: {} flow(s) compared, {} difference(s), {} comparison(s) failed", made.size(),
                differences, made.stream().filter(r -> !r.succeeded()).count());
        return differences;
    }

    /**
     * Compares every drift-capable flow of the profile that has a published mapping and has run at
     * least once (before the first run the shop holds nothing of ours to compare).
     */
    public List<DriftReports.Report> compare(long profileId, DriftReports.Origin origin) {
        ShopProfile profile = profile(profileId);
        Map<String, RunLog.RunHeader> lastRuns = runs.latestPerFlow(profileId);
        List<DriftReports.Report> made = new ArrayList<>();
        for (DriftWatch watch : DriftWatch.ALL) {
            if (!watch.fields(profile.shopType()).isEmpty() && lastRuns.containsKey(watch.flow())
                    && mappings.published(profileId, watch.flow()).isPresent()) {
                made.add(compare(profile, watch, origin));
            }
        }
        return made;
    }

    /** Compares one flow of the profile now and records the report. */
    public DriftReports.Report compare(long profileId, String flow, DriftReports.Origin origin) {
        DriftWatch watch = DriftWatch.of(flow).orElseThrow(() -> new SyncException(
                "the flow '" + flow + "' has no drift report"));
        return compare(profile(profileId), watch, origin);
    }

    private DriftReports.Report compare(ShopProfile profile, DriftWatch watch, DriftReports.Origin origin) {
        try {
            List<Drift> drifts = sync.drift(profile.id(), watch.flow(), watch.fields(profile.shopType()));
            return reports.save(profile.id(), watch.flow(), origin, drifts.stream()
                    .map(d -> new DriftReports.Difference(d.key(), d.targetId(), d.field(), watch.kind(),
                            text(d.expected()), text(d.actual())))
                    .toList());
        } catch (RuntimeException e) {
            // kept as a failed report: a comparison that silently did not happen looks like "no drift"
            LOG.warn("drift comparison of {} / {} failed", profile.name(), watch.flow(), e);
            return reports.failed(profile.id(), watch.flow(), origin,
                    Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName()));
        }
    }

    /** The result of a re-sync: the runs made and the fresh comparison of the flows they repaired. */
    public record Resync(List<RunSummary> runs, List<DriftReports.Report> reports) {

        /** Keys still drifting after the repair (the shop refused the write, or changed again). */
        public Set<String> stillDrifting() {
            Set<String> keys = new LinkedHashSet<>();
            reports.forEach(r -> r.differences().forEach(d -> keys.add(d.key())));
            return keys;
        }
    }

    /**
     * Re-sends these records of the flows named (flow -> keys), even unchanged in the ERP, then
     * compares those flows again.
     */
    public Resync resync(long profileId, Map<String, Set<String>> keysByFlow) {
        List<RunSummary> made = new ArrayList<>();
        List<DriftReports.Report> after = new ArrayList<>();
        // in the catalogue's order: products (the active flag) before stock and prices
        for (DriftWatch watch : DriftWatch.ALL) {
            Set<String> keys = keysByFlow.getOrDefault(watch.flow(), Set.of());
            if (!keys.isEmpty()) {
                made.add(sync.run(profileId, watch.flow(), RunOptions.resync(keys)));
                after.add(compare(profileId, watch.flow(), DriftReports.Origin.RESYNC));
            }
        }
        return new Resync(made, after);
    }

    /** Re-syncs every difference of the profile's latest reports. */
    public Resync resyncAll(long profileId) {
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        for (DriftReports.Report report : reports.latestPerFlow(profileId)) {
            report.differences().forEach(d -> keys.computeIfAbsent(report.flow(), f -> new LinkedHashSet<>())
                    .add(d.key()));
        }
        return resync(profileId, keys);
    }

    /** The latest report of each flow of the profile, in the order of {@link DriftWatch#ALL}. */
    public List<DriftReports.Report> latest(long profileId) {
        List<String> order = DriftWatch.ALL.stream().map(DriftWatch::flow).toList();
        return reports.latestPerFlow(profileId).stream()
                .sorted(java.util.Comparator.comparingInt(r -> order.indexOf(r.flow())))
                .toList();
    }

    private ShopProfile profile(long profileId) {
        return profiles.findById(profileId).orElseThrow(() -> new SyncException("no profile with id " + profileId));
    }

    private static @Nullable String text(@Nullable Object value) {
        // "12.50", never "1.25E+1": the studio formats it back into an amount
        return value == null ? null : value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
    }
}
