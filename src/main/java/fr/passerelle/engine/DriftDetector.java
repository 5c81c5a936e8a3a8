package fr.passerelle.engine;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.ConnectorSession;
import fr.passerelle.connector.Page;
import fr.passerelle.connector.ReadRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Compares what the ERP says (its records through the published plan) with what the shop holds,
 * field by field for the fields the plan sends and {@code watched} lists (stock, prices, active
 * flags): a price changed by hand in the shop shows up, and {@link RunOptions#resync} repairs it.
 */
public final class DriftDetector {

    private final RunPorts.IdLinks links;

    public DriftDetector(RunPorts.IdLinks links) {
        this.links = links;
    }

    /**
     * @param watched the target fields compared (empty: every field the plan sends)
     * @param targetIdOf how to read a shop record's id (its key, for most connectors)
     */
    public List<Drift> detect(FlowSpec spec, RecordMapper mapper, ConnectorSession source, ConnectorSession target,
            Set<String> watched, Function<CanonicalRecord, String> targetIdOf) {
        Map<String, Map<String, @Nullable Object>> shop = readAll(target, spec.targetEntity(), targetIdOf);
        String linkEntity = spec.ownerEntity() != null ? spec.ownerEntity() : spec.targetEntity();
        List<Drift> drifts = new ArrayList<>();
        ReadRequest request = new ReadRequest(spec.sourceFilter(), null, spec.pageSize(), null, List.of());
        while (true) {
            Page page = source.read(spec.sourceEntity(), request);
            List<MappingStep.Mapped> mapped = new ArrayList<>();
            for (CanonicalRecord record : page.records()) {
                if (mapper.map(record) instanceof MappingStep.Mapped m) {
                    mapped.add(m);
                }
            }
            Map<String, IdLink> known = links.find(linkEntity, mapped.stream().map(MappingStep.Mapped::key).toList());
            for (MappingStep.Mapped m : mapped) {
                IdLink link = known.get(m.key());
                Map<String, @Nullable Object> held = link == null ? null : shop.get(link.targetId());
                if (held != null) {
                    compare(m, link.targetId(), held, watched, drifts);
                }
            }
            if (page.last()) {
                return drifts;
            }
            request = request.next(page.nextCursor());
        }
    }

    private static void compare(MappingStep.Mapped mapped, String targetId, Map<String, @Nullable Object> held,
            Set<String> watched, List<Drift> drifts) {
        for (Map.Entry<String, @Nullable Object> field : mapped.payload().entrySet()) {
            if (!watched.isEmpty() && !watched.contains(field.getKey())) {
                continue;
            }
            Object actual = held.get(field.getKey());
            if (!sameValue(field.getValue(), actual)) {
                drifts.add(new Drift(mapped.key(), targetId, field.getKey(), field.getValue(), actual));
            }
        }
    }

    private static Map<String, Map<String, @Nullable Object>> readAll(ConnectorSession target, String entity,
            Function<CanonicalRecord, String> targetIdOf) {
        Map<String, Map<String, @Nullable Object>> byId = new HashMap<>();
        ReadRequest request = ReadRequest.all(100);
        while (true) {
            Page page = target.read(entity, request);
            page.records().forEach(r -> byId.put(targetIdOf.apply(r), new LinkedHashMap<>(r.fields())));
            if (page.last()) {
                return byId;
            }
            request = request.next(page.nextCursor());
        }
    }

    /** Numbers (and numbers written as text, as shops do for prices) compare by value. */
    static boolean sameValue(@Nullable Object expected, @Nullable Object actual) {
        BigDecimal a = decimal(expected);
        BigDecimal b = decimal(actual);
        if (a != null && b != null) {
            return a.compareTo(b) == 0;
        }
        if (expected instanceof Boolean || actual instanceof Boolean) {
            return Objects.equals(String.valueOf(expected), String.valueOf(actual));
        }
        return Objects.equals(expected, actual);
    }

    private static @Nullable BigDecimal decimal(@Nullable Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (value instanceof String s && s.matches("-?\\d+(\\.\\d+)?")) {
            return new BigDecimal(s);
        }
        return null;
    }
}
