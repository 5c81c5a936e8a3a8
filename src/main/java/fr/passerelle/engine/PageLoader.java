package fr.passerelle.engine;

import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.ConnectorSession;
import fr.passerelle.connector.WriteRequest;
import fr.passerelle.connector.WriteResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns one page of mapping steps into outcomes: unchanged payloads are not written (hash of
 * the last payload sent), payloads that cannot fit the target are skipped whole, existing
 * target records are adopted by their match field rather than duplicated, and the rest is
 * written in the target's batch size. Every successful write saves its id link at once.
 *
 * <p>Records of one page with the same key name the same target record (the categories flow keys
 * every item by its category path, so one page holds the same category many times): only the
 * last of them is sent, once. Last wins because that is what writing them in order would leave
 * in the shop, with one write instead of many. The others get the outcome they would get on a
 * later page: {@code UNCHANGED} once the write succeeded (the shop holds their payload), the same
 * failure or skip when it did not, and {@code SKIPPED} when a later record of the page replaced a
 * different payload of theirs. The counts then say how many target records were written, not
 * how many source records pointed at them.
 */
final class PageLoader {

    private record Pending(String key, @Nullable String targetId, Map<String, @Nullable Object> payload,
            String hash, List<String> changed) {
    }

    private final FlowSpec spec;
    private final ConnectorSession target;
    private final TargetLimits limits;
    private final RunPorts.IdLinks links;
    private final long runId;
    private final boolean dryRun;
    private final boolean force;
    private final RunPorts.Ledger ledger;

    PageLoader(FlowSpec spec, ConnectorSession target, TargetLimits limits, RunPorts.IdLinks links, long runId,
            boolean dryRun, boolean force) {
        this(spec, target, limits, links, runId, dryRun, force, RunPorts.Ledger.NONE);
    }

    /** @param force write even a payload identical to the last one sent (the shop's copy drifted) */
    PageLoader(FlowSpec spec, ConnectorSession target, TargetLimits limits, RunPorts.IdLinks links, long runId,
            boolean dryRun, boolean force, RunPorts.Ledger ledger) {
        this.ledger = ledger;
        this.spec = spec;
        this.target = target;
        this.limits = limits;
        this.links = links;
        this.runId = runId;
        this.dryRun = dryRun;
        this.force = force;
    }

    List<RecordOutcome> load(List<MappingStep> steps) {
        List<RecordOutcome> outcomes = new ArrayList<>(steps.size());
        List<MappingStep.Mapped> all = new ArrayList<>();
        for (MappingStep step : steps) {
            switch (step) {
                case MappingStep.Skipped s -> outcomes.add(RecordOutcome.skipped(s.key(), s.reason(), null));
                case MappingStep.Failed f -> outcomes.add(RecordOutcome.failed(f.key(),
                        f.field().isEmpty() ? f.error() : f.field() + ": " + f.error(), null));
                case MappingStep.Mapped m -> all.add(m);
            }
        }
        Map<String, MappingStep.Mapped> lastByKey = new LinkedHashMap<>();
        all.forEach(m -> lastByKey.put(m.key(), m));
        List<MappingStep.Mapped> mapped = List.copyOf(lastByKey.values());
        List<RecordOutcome> sent = send(mapped);
        outcomes.addAll(sent);
        if (mapped.size() < all.size()) {
            outcomes.addAll(sameKeyOutcomes(all, lastByKey, sent));
        }
        return outcomes;
    }

    /** The outcomes of the records that another record of the page with the same key stood for. */
    private static List<RecordOutcome> sameKeyOutcomes(List<MappingStep.Mapped> all,
            Map<String, MappingStep.Mapped> lastByKey, List<RecordOutcome> sent) {
        Map<String, RecordOutcome> byKey = new HashMap<>();
        sent.forEach(o -> byKey.put(o.key(), o));
        List<RecordOutcome> outcomes = new ArrayList<>();
        for (MappingStep.Mapped m : all) {
            MappingStep.Mapped last = lastByKey.get(m.key());
            if (m == last) {
                continue;
            }
            RecordOutcome standIn = byKey.get(m.key());
            if (!m.payload().equals(last.payload())) {
                outcomes.add(RecordOutcome.skipped(m.key(),
                        "replaced by a later record of the same page with the same key", m.payload()));
            } else if (standIn.kind() == RecordOutcome.Kind.FAILED || standIn.kind() == RecordOutcome.Kind.SKIPPED) {
                outcomes.add(new RecordOutcome(m.key(), standIn.kind(), null, standIn.reason(), m.payload(),
                        List.of()));
            } else {
                outcomes.add(new RecordOutcome(m.key(), RecordOutcome.Kind.UNCHANGED, standIn.targetId(), null, null,
                        List.of()));
            }
        }
        return outcomes;
    }

    /** Unchanged, skipped, adopted or written: one outcome per record, its key unique in the list. */
    private List<RecordOutcome> send(List<MappingStep.Mapped> mapped) {
        List<RecordOutcome> outcomes = new ArrayList<>(mapped.size());
        Map<String, IdLink> known = links.find(spec.targetEntity(), keys(mapped));
        Map<String, IdLink> owners = spec.ownerEntity() == null ? Map.of()
                : links.find(spec.ownerEntity(), keys(mapped));
        Map<String, String> adoptable = adoptable(mapped, known, owners);
        List<Pending> toWrite = new ArrayList<>();
        for (MappingStep.Mapped m : mapped) {
            IdLink link = known.get(m.key());
            String hash = PayloadHash.of(m.payload());
            if (!force && link != null && hash.equals(link.payloadHash())) {
                outcomes.add(new RecordOutcome(m.key(), RecordOutcome.Kind.UNCHANGED, link.targetId(), null, null,
                        List.of()));
                continue;
            }
            List<String> violations = limits.violations(spec.targetEntity(), m.payload());
            if (!violations.isEmpty()) {
                outcomes.add(RecordOutcome.skipped(m.key(), String.join("; ", violations), m.payload()));
                continue;
            }
            String targetId = targetId(m, link, owners.get(m.key()), adoptable);
            if (link == null && targetId != null && spec.matchRule() == MatchRule.REPORT && spec.ownerEntity() == null) {
                outcomes.add(RecordOutcome.skipped(m.key(), "the shop already has " + spec.matchField() + " '"
                        + matchValue(m.payload()).orElse("") + "' (id " + targetId + "); the match rule asks to review it: "
                        + "bind it by hand or let the flow adopt it", m.payload()));
                continue;
            }
            if (targetId == null && spec.ownerEntity() != null) {
                outcomes.add(RecordOutcome.skipped(m.key(), "not in the shop yet: the " + spec.ownerEntity()
                        + " flow creates it first", m.payload()));
                continue;
            }
            List<String> changed = PayloadDiff.changedPaths(link == null ? null : link.lastPayload(), m.payload());
            Pending pending = new Pending(m.key(), targetId, m.payload(), hash, changed);
            if (dryRun) {
                outcomes.add(new RecordOutcome(m.key(), targetId == null ? RecordOutcome.Kind.CREATED
                        : RecordOutcome.Kind.UPDATED, targetId, null, m.payload(), changed));
            } else {
                toWrite.add(pending);
            }
        }
        outcomes.addAll(write(toWrite));
        return outcomes;
    }

    private @Nullable String targetId(MappingStep.Mapped m, @Nullable IdLink link, @Nullable IdLink owner,
            Map<String, String> adoptable) {
        if (spec.ownerEntity() != null && owner != null) {
            return owner.targetId();
        }
        if (link != null) {
            return link.targetId();
        }
        return matchValue(m.payload()).map(adoptable::get).orElse(null);
    }

    /**
     * The binding rule: an existing target record with the same match value (SKU, e-mail) is taken
     * over. Looked up once per page for the records without an id link (one call for a whole page
     * where the target allows it), not once per record.
     */
    private Map<String, String> adoptable(List<MappingStep.Mapped> mapped, Map<String, IdLink> known,
            Map<String, IdLink> owners) {
        if (spec.matchField() == null) {
            return Map.of();
        }
        List<String> values = new ArrayList<>();
        for (MappingStep.Mapped m : mapped) {
            IdLink link = known.get(m.key());
            if (link != null || (spec.ownerEntity() != null && owners.get(m.key()) != null)) {
                continue;
            }
            matchValue(m.payload()).ifPresent(values::add);
        }
        return values.isEmpty() ? Map.of() : target.findIds(spec.targetEntity(), spec.matchField(), values);
    }

    private Optional<String> matchValue(Map<String, @Nullable Object> payload) {
        Object value = spec.matchField() == null ? null : payload.get(spec.matchField());
        if (value == null || value.toString().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.toString());
    }

    private List<RecordOutcome> write(List<Pending> all) {
        List<RecordOutcome> outcomes = new ArrayList<>(all.size());
        List<Pending> pending = new ArrayList<>(all.size());
        for (Pending p : all) {
            // claimed (and the attempt written) before the ERP is called: a crash after the ERP's
            // answer leaves a PENDING row the next run resolves by searching the ERP first
            if (ledger.claim(spec.flow(), p.key(), runId)) {
                pending.add(p);
            } else {
                outcomes.add(RecordOutcome.skipped(p.key(), "being imported by another run (its claim in the ledger "
                        + "still runs) / en cours d'import par une autre exécution", p.payload()));
            }
        }
        int batchSize = limits.batchSize(spec.targetEntity());
        for (int from = 0; from < pending.size(); from += batchSize) {
            List<Pending> batch = pending.subList(from, Math.min(pending.size(), from + batchSize));
            List<WriteRequest> requests = batch.stream()
                    .map(p -> new WriteRequest(p.key(), p.targetId(), p.payload())).toList();
            List<WriteResult> results;
            try {
                results = target.write(spec.targetEntity(), requests);
            } catch (ConnectorException e) {
                batch.forEach(p -> ledger.close(spec.flow(), p.key(), runId, "FAILED", null, e.getMessage()));
                if (e.retryable()) {
                    throw e;
                }
                batch.forEach(p -> outcomes.add(RecordOutcome.failed(p.key(), e.getMessage(), p.payload())));
                continue;
            }
            List<IdLink> written = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                outcomes.add(outcome(batch.get(i), results.get(i), written));
            }
            // saved as soon as the batch is written, before the next one: a crash never loses a link
            links.saveAll(spec.targetEntity(), written, runId);
            for (int i = 0; i < batch.size(); i++) {
                WriteResult r = results.get(i);
                ledger.close(spec.flow(), batch.get(i).key(), runId, r.succeeded() ? "DONE" : "FAILED", r.targetId(),
                        r.succeeded() ? null : r.error());
            }
        }
        return outcomes;
    }

    private RecordOutcome outcome(Pending pending, WriteResult result, List<IdLink> written) {
        if (!result.succeeded() || result.targetId() == null) {
            if (result.targetId() != null) {
                // saved in the target but a follow-up failed (ReleasePayment ...): the record exists,
                // its id is kept so that a replay updates it instead of creating it again
                written.add(new IdLink(pending.key(), result.targetId(), "", pending.payload()));
            }
            return RecordOutcome.failed(pending.key(), String.valueOf(result.error()), pending.payload());
        }
        written.add(new IdLink(pending.key(), result.targetId(), pending.hash(), pending.payload()));
        RecordOutcome.Kind kind = result.outcome() == WriteResult.Outcome.CREATED ? RecordOutcome.Kind.CREATED
                : RecordOutcome.Kind.UPDATED;
        return new RecordOutcome(pending.key(), kind, result.targetId(), null, pending.payload(), pending.changed());
    }

    private static Collection<String> keys(List<MappingStep.Mapped> mapped) {
        return mapped.stream().map(MappingStep.Mapped::key).toList();
    }
}
