package fr.passerelle.sync;

import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.ConnectorRegistry;
import fr.passerelle.connector.ConnectorSession;
import fr.passerelle.connector.EntitySchema;
import fr.passerelle.connector.ErpConnector;
import fr.passerelle.connector.ShopConnector;
import fr.passerelle.connector.ShopSession;
import fr.passerelle.connector.OpenOrderLine;
import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.engine.Drift;
import fr.passerelle.engine.DriftDetector;
import fr.passerelle.engine.RecordEnricher;
import fr.passerelle.engine.RecordMapper;
import fr.passerelle.engine.Reservations;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import fr.passerelle.dsl.TemplateResolver;
import fr.passerelle.dsl.compiler.CompilationResult;
import fr.passerelle.dsl.compiler.MappingCompiler;
import fr.passerelle.engine.FlowRunner;
import fr.passerelle.engine.FlowSpec;
import fr.passerelle.engine.RunOptions;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.engine.TargetLimits;
import fr.passerelle.flow.Direction;
import fr.passerelle.flow.FlowCatalog;
import fr.passerelle.flow.FlowDefinition;
import fr.passerelle.store.MappingRepository;
import fr.passerelle.store.ProfileRepository;
import fr.passerelle.store.ProfileRunPorts;
import fr.passerelle.store.RunHistory;
import fr.passerelle.store.ShopProfile;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Runs one flow of one profile with its published mapping: compiles the plan against both
 * connectors' schemas, opens a session on each system (logged out at the end, whatever happens)
 * and hands everything to the engine with storage on PostgreSQL. The scheduler, the studio and
 * the {@code run} command all come through here.
 */
@Service
public class FlowSync {

    static final int DEFAULT_PAGE_SIZE = 100;

    private final ProfileRepository profiles;
    private final MappingRepository mappings;
    private final RunHistory history;
    private final ConnectorRegistry registry;
    private final fr.passerelle.store.OrderLedger ledger;

    FlowSync(ProfileRepository profiles, MappingRepository mappings, RunHistory history, ConnectorRegistry registry,
            fr.passerelle.store.OrderLedger ledger) {
        this.ledger = ledger;
        this.profiles = profiles;
        this.mappings = mappings;
        this.history = history;
        this.registry = registry;
    }

    public RunSummary run(long profileId, String flowId, RunOptions options) {
        Prepared p = prepare(profileId, flowId);
        boolean toShop = p.flow().direction() == Direction.ERP_TO_SHOP;
        // CIM-1: the customers of the orders are found by e-mail or created first, in the same run
        Prepared customers = flowId.equals("orders") ? publishedOrNull(profileId, "customers-import") : null;
        if (customers != null && !options.dryRun()) {
            run(profileId, "customers-import", options.targeted() ? RunOptions.normal() : options);
        }
        ProfileRunPorts ports = history.portsFor(profileId, p.mappingVersionId());
        FlowRunner runner = new FlowRunner(ports, ports, ports, toShop ? fr.passerelle.engine.RunPorts.Ledger.NONE
                : ledger.forProfile(profileId, leaseOf(p.profile())));
        try (ConnectorSession erpSession = p.erp().open(erpSettings(p.profile()));
                ShopSession shopSession = p.shop().open(shopSettings(p.profile()))) {
            RecordMapper mapper = erpLookups(p, erpSession, ports).before(enricher(p.profile(), p.flow(), shopSession, ports)
                    .before(p.mapper()));
            Map<String, java.math.BigDecimal> shopTotals = new java.util.concurrent.ConcurrentHashMap<>();
            if (flowId.equals("orders")) {
                mapper = ImportSteps.orders(mapper, customers == null ? null : customers.mapper(), ports, shopTotals,
                        TotalsCheck.shopTotalPath(p.profile().shopType(), p.profile().settings()));
            } else if (flowId.equals("payments")) {
                mapper = ImportSteps.payments(mapper, prepare(profileId, "orders").mapper(), ports, erpSession,
                        p.profile().settings(), key -> ledger.entry(profileId, "orders", key)
                                .filter(e -> e.state().equals("QUARANTINED")).isPresent());
            }
            if (flowId.equals("orders") && !options.dryRun()) {
                RunSummary summary = runner.run(p.spec(), mapper, shopSession, erpSession, TargetLimits.NONE, options);
                TotalsCheck.check(profileId, p.profile().settings(), shopTotals, ports, erpSession, ledger);
                return summary;
            }
            return runner.run(p.spec(), mapper, toShop ? erpSession : shopSession,
                    toShop ? shopSession : erpSession, toShop ? TargetLimits.of(p.shop()) : TargetLimits.NONE, options);
        }
    }

    /**
     * The drift report of an ERP -> shop flow: the fields of {@code watched} (all the plan sends
     * when empty) where the shop no longer holds what the ERP says, e.g. a price changed by hand.
     * {@link #run} with {@link RunOptions#resync} on their keys heals them.
     */
    public List<Drift> drift(long profileId, String flowId, Set<String> watched) {
        Prepared p = prepare(profileId, flowId);
        if (p.flow().direction() != Direction.ERP_TO_SHOP) {
            throw new SyncException("drift is reported for ERP -> shop flows only, not '" + flowId + "'");
        }
        ProfileRunPorts ports = history.portsFor(profileId);
        try (ConnectorSession erpSession = p.erp().open(erpSettings(p.profile()));
                ShopSession shopSession = p.shop().open(shopSettings(p.profile()))) {
            RecordMapper mapper = erpLookups(p, erpSession, ports).before(enricher(p.profile(), p.flow(), shopSession, ports)
                    .before(p.mapper()));
            return new DriftDetector(ports).detect(p.spec(), mapper, erpSession, shopSession, watched,
                    CanonicalRecord::key);
        }
    }

    /**
     * The shop entity whose bindings (id links) a flow of this profile reads and writes: its
     * published plan's target, or the owner flow's (stock and prices update the products).
     */
    public String linkEntity(long profileId, String flowId) {
        FlowSpec spec = prepare(profileId, flowId).spec();
        return spec.ownerEntity() != null ? spec.ownerEntity() : spec.targetEntity();
    }

    /**
     * A reviewer accepts the ERP's totals of a quarantined order (issue 11, totals reconciliation):
     * its document is released in the ERP and its payments import at the next payments run.
     */
    public void acceptTotals(long profileId, String orderKey, String reviewer) {
        ShopProfile profile = profiles.findById(profileId)
                .orElseThrow(() -> new SyncException("no profile with id " + profileId));
        fr.passerelle.store.OrderLedger.Entry entry = ledger.entry(profileId, "orders", orderKey)
                .filter(e -> e.state().equals("QUARANTINED"))
                .orElseThrow(() -> new SyncException("order '" + orderKey + "' is not waiting for a review"));
        ErpConnector erp = registry.erp(profile.erpType())
                .orElseThrow(() -> new SyncException("no ERP connector '" + profile.erpType() + "' in this build"));
        try (ConnectorSession session = erp.open(erpSettings(profile))) {
            TotalsCheck.release(session, orderKey, java.util.Objects.requireNonNull(entry.erpDocument()));
        }
        ledger.accepted(profileId, "orders", orderKey, reviewer);
    }

    /** How long a claim of the exactly-once ledger holds a record (setting {@code ledger.leaseSeconds}, 300). */
    private static Duration leaseOf(ShopProfile profile) {
        return Duration.ofSeconds(Long.parseLong(profile.settings().getOrDefault("ledger.leaseSeconds", "300").trim()));
    }

    private Prepared publishedOrNull(long profileId, String flowId) {
        return mappings.published(profileId, flowId).isPresent() ? prepare(profileId, flowId) : null;
    }

    private record Prepared(ShopProfile profile, FlowDefinition flow, ErpConnector erp, ShopConnector shop,
            FlowSpec spec, RecordMapper mapper, long mappingVersionId) {
    }

    private Prepared prepare(long profileId, String flowId) {
        ShopProfile profile = profiles.findById(profileId)
                .orElseThrow(() -> new SyncException("no profile with id " + profileId));
        FlowDefinition flow = FlowCatalog.find(flowId)
                .orElseThrow(() -> new SyncException("unknown flow '" + flowId + "'"));
        ErpConnector erp = registry.erp(profile.erpType())
                .orElseThrow(() -> new SyncException("no ERP connector '" + profile.erpType() + "' in this build"));
        ShopConnector shop = registry.shop(profile.shopType())
                .orElseThrow(() -> new SyncException("no shop connector '" + profile.shopType() + "' in this build"));
        var version = mappings.published(profileId, flowId).orElseThrow(() -> new SyncException(
                "profile '" + profile.name() + "' has no published mapping for the flow '" + flowId + "'"));
        CompilationResult compiled = compiler(erp, shop).compile(version.yaml(),
                profile.name() + "/" + flowId + ".yaml");
        if (compiled.hasErrors()) {
            throw new SyncException("the published mapping of '" + flowId + "' (version " + version.version()
                    + ") does not compile: " + compiled.errors().stream().map(Object::toString)
                    .collect(Collectors.joining("; ")));
        }
        var plan = compiled.planOrThrow();
        String filter = compiled.document() == null || compiled.document().erpFilter() == null ? null
                : compiled.document().erpFilter().text();
        FlowSpec spec = new FlowSpec(flowId, plan.source(), plan.target(), filter, flow.matchField(),
                pageSize(profile), ownerEntity(flow, shop), MatchRules.of(profile.settings(), flowId));
        Map<String, Object> profileSettings = ProfileView.of(profile.settings(), profile.name());
        return new Prepared(profile, flow, erp, shop, spec, new PlanMapper(plan, profileSettings), version.id());
    }

    /**
     * With {@code stock.reservationAware=true}, a stock run first reads the shop's open orders of
     * the last {@code stock.reservationDays} days (30 by default) and subtracts those the ERP has
     * not imported yet (no id link in the orders flow), as the field {@code WebReserved}.
     */
    private static RecordEnricher enricher(ShopProfile profile, FlowDefinition flow, ShopSession shop,
            ProfileRunPorts ports) {
        if (!flow.id().equals("stock") || !"true".equals(profile.settings().get("stock.reservationAware"))) {
            return RecordEnricher.NONE;
        }
        int days = Integer.parseInt(profile.settings().getOrDefault("stock.reservationDays", "30"));
        List<OpenOrderLine> lines = shop.openOrderLines(Instant.now().minus(Duration.ofDays(days)));
        String ordersEntity = "erp." + FlowCatalog.find("orders").orElseThrow().targetEntity();
        Set<String> imported = ports.find(ordersEntity, lines.stream().map(OpenOrderLine::orderKey).distinct().toList())
                .keySet();
        return Reservations.of(lines, imported, CanonicalRecord::key);
    }

    /** What the ERP's other entities add to this flow's records (VAT rates, sales prices, locations, groups). */
    private RecordEnricher erpLookups(Prepared p, ConnectorSession erpSession, ProfileRunPorts ports) {
        java.util.function.Function<String, String> links = flow -> mappings.published(p.profile().id(), flow).isEmpty()
                ? null : linkEntity(p.profile().id(), flow);
        return ErpLookups.of(p.flow().id(), p.erp().descriptor().schemas().stream().map(EntitySchema::name)
                .collect(Collectors.toSet()), erpSession, ports, links);
    }

    private static MappingCompiler compiler(ErpConnector erp, ShopConnector shop) {
        Map<String, EntitySchema> schemas = new HashMap<>();
        erp.descriptor().schemas().forEach(s -> schemas.put(s.name(), s));
        shop.descriptor().schemas().forEach(s -> schemas.put(s.name(), s));
        return new MappingCompiler(schemas, TemplateResolver.standard());
    }

    /** Stock and prices update the products the products flow created: they use its id links. */
    private static String ownerEntity(FlowDefinition flow, ShopConnector shop) {
        if (flow.ownerFlow() == null) {
            return null;
        }
        FlowDefinition owner = FlowCatalog.find(flow.ownerFlow()).orElseThrow();
        return shop.descriptor().id() + "." + owner.targetEntity();
    }

    private static int pageSize(ShopProfile profile) {
        String configured = profile.settings().get("pageSize");
        return configured == null ? DEFAULT_PAGE_SIZE : Integer.parseInt(configured);
    }

    private static ConnectionSettings erpSettings(ShopProfile profile) {
        return new ConnectionSettings(profile.erpBaseUrl(), profile.erpCredentials(), options(profile, "erp."));
    }

    private static ConnectionSettings shopSettings(ShopProfile profile) {
        return new ConnectionSettings(profile.baseUrl(), profile.credentials(), options(profile, "shop."));
    }

    /** Settings prefixed {@code erp.} or {@code shop.} are that connector's options. */
    private static Map<String, String> options(ShopProfile profile, String prefix) {
        Map<String, String> options = new HashMap<>();
        profile.settings().forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                options.put(k.substring(prefix.length()), v);
            }
        });
        return options;
    }
}
