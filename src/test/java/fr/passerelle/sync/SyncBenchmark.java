package fr.passerelle.sync;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.ConnectorSession;
import fr.passerelle.connector.EntitySchema;
import fr.passerelle.connector.ErpConnector;
import fr.passerelle.connector.Page;
import fr.passerelle.connector.ReadRequest;
import fr.passerelle.connector.ShopConnector;
import fr.passerelle.connector.WriteRequest;
import fr.passerelle.connector.WriteResult;
import fr.passerelle.connector.erp.cegid.CegidXrpFlexConnector;
import fr.passerelle.connector.shop.woocommerce.WooCommerceConnector;
import fr.passerelle.dsl.TemplateResolver;
import fr.passerelle.dsl.compiler.CompilationResult;
import fr.passerelle.dsl.compiler.MappingCompiler;
import fr.passerelle.engine.FlowRunner;
import fr.passerelle.engine.FlowSpec;
import fr.passerelle.engine.IdLink;
import fr.passerelle.engine.MappingStep;
import fr.passerelle.engine.RecordMapper;
import fr.passerelle.engine.RecordOutcome;
import fr.passerelle.engine.RunOptions;
import fr.passerelle.engine.RunPorts;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.engine.TargetLimits;
import fr.passerelle.flow.FlowCatalog;
import fr.passerelle.platform.EmbeddedPostgres;
import fr.passerelle.sandbox.SandboxServer;
import fr.passerelle.sandbox.erp.ErpSandbox;
import fr.passerelle.sandbox.shop.woocommerce.WooCommerceSandbox;
import fr.passerelle.store.BenchPorts;
import fr.passerelle.store.ProfileRunPorts;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The sync benchmark (issue 6): not a test, run by hand with {@code src/test/jmh/run-sync-benchmark.sh}.
 *
 * <ul>
 * <li>{@code http N}: the products flow with the published WooCommerce template, from an ERP
 * sandbox of about N items (matrix variants included) to the WooCommerce sandbox, both served over
 * real HTTP by a child JVM (so this JVM's heap is the engine's, not the sandboxes' catalogues),
 * through the real connectors, {@link FlowRunner} and {@link ProfileRunPorts} on a real embedded
 * PostgreSQL with the Flyway migrations. First run, then a no-change re-run (incremental, from
 * the watermark), then a no-change full re-read (watermark removed: every record mapped, hashed
 * and compared). Time split between ERP reads, shop writes, shop look-ups (adoption), database
 * and the engine's own work (mapping, hashing, diff, bookkeeping: the rest).</li>
 * <li>{@code memory N}: the same mapping and engine, with a streaming in-memory source (records
 * generated on the fly from the shapes of the real sandbox's records), an in-memory target and
 * in-memory ports: the engine alone, and its heap at N items.</li>
 * <li>{@code sandboxes N}: the child JVM of {@code http}.</li>
 * </ul>
 */
public final class SyncBenchmark {

    private static final String MAPPING = "extends: cegid-xrp-flex/woocommerce/products\n";

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "http";
        int items = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 100_000;
        switch (mode) {
            case "sandboxes" -> serveSandboxes(items);
            case "http" -> http(items);
            case "memory" -> memory(items);
            default -> throw new IllegalArgumentException("mode: http | memory | sandboxes");
        }
        System.exit(0);
    }

    // ---------------------------------------------------------------- sandboxes (child JVM)

    private static void serveSandboxes(int items) throws Exception {
        long t0 = System.nanoTime();
        ErpSandbox erp = new ErpSandbox(ErpSandbox.Options.defaults().withItems(items).withSessionLimit(50));
        WooCommerceSandbox woo = new WooCommerceSandbox();
        SandboxServer server = SandboxServer.start(0, erp, woo);
        System.err.printf("sandboxes: %,d stock items generated in %.1f s%n", erp.count("StockItem"),
                (System.nanoTime() - t0) / 1e9);
        System.out.println("PORT " + server.port());
        System.out.flush();
        // until the parent closes our stdin
        while (System.in.read() >= 0) {
            // nothing
        }
        server.close();
    }

    // ---------------------------------------------------------------- http

    private static void http(int items) throws Exception {
        HeapSampler heap = HeapSampler.start();
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(javaBin, "-Xmx6g", "-XX:+UseParallelGC", "-cp",
                System.getProperty("java.class.path"), SyncBenchmark.class.getName(), "sandboxes",
                String.valueOf(items)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Path folder = Files.createTempDirectory("sync-bench-pg");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(folder.resolve("db"), true)) {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            String line = out.readLine();
            if (line == null || !line.startsWith("PORT ")) {
                throw new IllegalStateException("the sandboxes did not start: " + line);
            }
            int port = Integer.parseInt(line.substring(5).trim());
            Flyway.configure().dataSource(pg.jdbcUrl(), pg.user(), pg.password())
                    .locations("classpath:db/migration").load().migrate();
            try (Connection connection = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password())) {
                connection.setAutoCommit(true);
                DSLContext db = DSL.using(connection, SQLDialect.POSTGRES);
                long tenant = db.resultQuery("insert into tenant (name) values ('bench') returning id")
                        .fetchOne(0, Long.class);
                long profile = db.resultQuery("insert into shop_profile (tenant_id, name, erp_type, erp_base_url,"
                        + " shop_type, base_url) values (?, 'bench', 'cegid-xrp-flex', ?, 'woocommerce', ?)"
                        + " returning id", tenant, "http://127.0.0.1:" + port + "/sandbox/erp",
                        "http://127.0.0.1:" + port + "/sandbox/woocommerce").fetchOne(0, Long.class);
                ErpConnector erp = new CegidXrpFlexConnector();
                ShopConnector shop = new WooCommerceConnector();
                Flow flow = Flow.compile(erp, shop);
                ConnectionSettings erpSettings = new ConnectionSettings("http://127.0.0.1:" + port + "/sandbox/erp",
                        Map.of("user", "admin", "password", "Sandbox!2024"), Map.of());
                ConnectionSettings shopSettings = new ConnectionSettings("http://127.0.0.1:" + port
                        + "/sandbox/woocommerce", Map.of("consumerKey", WooCommerceSandbox.DEFAULT_KEY,
                        "consumerSecret", WooCommerceSandbox.DEFAULT_SECRET), Map.of());
                header("http", items);
                for (String name : List.of("first run", "no-change re-run (incremental)",
                        "no-change re-run (full re-read)")) {
                    if (name.contains("full re-read")) {
                        db.execute("delete from watermark where profile_id = ?", profile);
                    }
                    heap.reset();
                    Timings t = new Timings();
                    TimedPorts ports = new TimedPorts(BenchPorts.of(db, profile), t);
                    RunSummary summary;
                    long start = System.nanoTime();
                    try (ConnectorSession erpSession = new TimedSession(erp.open(erpSettings), t);
                            ConnectorSession shopSession = new TimedSession(shop.open(shopSettings), t)) {
                        summary = new FlowRunner(ports, ports, ports).run(flow.spec, new TimedMapper(flow.mapper, t),
                                erpSession, shopSession, TargetLimits.of(shop), RunOptions.normal());
                    }
                    report(name, summary, System.nanoTime() - start, t, heap);
                }
                db.execute("checkpoint");
                System.out.printf("database: id_link %,d rows, run_record %,d rows, size %s%n",
                        db.resultQuery("select count(*) from id_link").fetchOne(0, Long.class),
                        db.resultQuery("select count(*) from run_record").fetchOne(0, Long.class),
                        db.resultQuery("select pg_size_pretty(pg_database_size(current_database()))")
                                .fetchOne(0, String.class));
            }
        } finally {
            child.getOutputStream().close();
            child.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            child.destroy();
        }
    }

    // ---------------------------------------------------------------- memory

    private static void memory(int items) throws Exception {
        HeapSampler heap = HeapSampler.start();
        List<CanonicalRecord> shapes;
        ErpConnector erp = new CegidXrpFlexConnector();
        ShopConnector shop = new WooCommerceConnector();
        try (SandboxServer server = SandboxServer.start(0, new ErpSandbox());
                ConnectorSession session = erp.open(new ConnectionSettings(server.baseUrl("erp"),
                        Map.of("user", "admin", "password", "Sandbox!2024"), Map.of()))) {
            shapes = new ArrayList<>();
            ReadRequest request = ReadRequest.all(500);
            Flow flow = Flow.compile(erp, shop);
            while (true) {
                Page page = session.read(flow.spec.sourceEntity(), request);
                shapes.addAll(page.records());
                if (page.last()) {
                    break;
                }
                request = request.next(page.nextCursor());
            }
        }
        Flow flow = Flow.compile(erp, shop);
        header("memory", items);
        MemoryPorts ports = new MemoryPorts(items);
        for (String name : List.of("first run", "no-change re-run (full re-read)")) {
            System.gc();
            heap.reset();
            Timings t = new Timings();
            long start = System.nanoTime();
            RunSummary summary = new FlowRunner(ports, ports, ports).run(flow.spec, new TimedMapper(flow.mapper, t),
                    new TimedSession(new GeneratedSource(shapes, items), t), new TimedSession(new MemoryTarget(), t),
                    TargetLimits.of(shop), RunOptions.normal());
            report(name, summary, System.nanoTime() - start, t, heap);
        }
        System.out.printf("(in-memory id links: %,d hashes as 32-byte arrays, about %d MB of the heap above)%n",
                ports.size(), ports.size() * 48L / 1_000_000);
    }

    // ---------------------------------------------------------------- shared

    private record Flow(FlowSpec spec, RecordMapper mapper) {

        static Flow compile(ErpConnector erp, ShopConnector shop) {
            Map<String, EntitySchema> schemas = new HashMap<>();
            erp.descriptor().schemas().forEach(s -> schemas.put(s.name(), s));
            shop.descriptor().schemas().forEach(s -> schemas.put(s.name(), s));
            CompilationResult compiled = new MappingCompiler(schemas, TemplateResolver.standard()).compile(MAPPING,
                    "bench/products.yaml");
            if (compiled.hasErrors()) {
                throw new IllegalStateException(compiled.errors().toString());
            }
            var plan = compiled.planOrThrow();
            String filter = compiled.document() == null || compiled.document().erpFilter() == null ? null
                    : compiled.document().erpFilter().text();
            FlowSpec spec = new FlowSpec("products", plan.source(), plan.target(), filter,
                    FlowCatalog.find("products").orElseThrow().matchField(), FlowSync.DEFAULT_PAGE_SIZE, null);
            return new Flow(spec, new PlanMapper(plan, Map.of("name", "bench")));
        }
    }

    private static void header(String mode, int items) throws Exception {
        System.out.printf("%n== sync benchmark, mode %s, %,d items requested; java %s, %d cpus, max heap %d MB,"
                + " load %s ==%n", mode, items, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, load());
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "?";
        }
    }

    private static void report(String name, RunSummary s, long nanos, Timings t, HeapSampler heap) {
        long records = s.created() + s.updated() + s.unchanged() + s.skipped() + s.failed();
        double seconds = nanos / 1e9;
        long external = t.read.get() + t.write.get() + t.find.get() + t.db.get();
        long engine = nanos - external;
        System.out.printf("%-32s %,9d records in %7.1f s = %,8.0f records/s  [%s]%n", name, records, seconds,
                records / Math.max(seconds, 1e-9), s.describe());
        System.out.printf("   time: source reads %s, target writes %s (%,d calls), target look-ups %s (%,d calls),"
                + " database %s, engine own %s (of which mapping %s) = %.1f µs/record%n",
                pct(t.read.get(), nanos), pct(t.write.get(), nanos), t.writeCalls.get(), pct(t.find.get(), nanos),
                t.findCalls.get(), pct(t.db.get(), nanos), pct(engine, nanos), pct(t.map.get(), nanos),
                records == 0 ? 0.0 : engine / 1e3 / records);
        System.out.printf("   heap: peak used %d MB (sampled every 10 ms), peak live after GC %d MB; load %s%n",
                heap.peakUsed() >> 20, heap.peakAfterGc() >> 20, load());
    }

    private static String pct(long part, long total) {
        return String.format("%.1f s (%.0f %%)", part / 1e9, 100.0 * part / total);
    }

    static final class Timings {
        final AtomicLong read = new AtomicLong();
        final AtomicLong write = new AtomicLong();
        final AtomicLong writeCalls = new AtomicLong();
        final AtomicLong find = new AtomicLong();
        final AtomicLong findCalls = new AtomicLong();
        final AtomicLong db = new AtomicLong();
        final AtomicLong map = new AtomicLong();
    }

    /** Peak heap: used (sampled), and the old generation's usage just after a collection. */
    static final class HeapSampler {
        private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        private volatile long peakUsed;
        private volatile long peakAfterGc;

        static HeapSampler start() {
            HeapSampler sampler = new HeapSampler();
            Thread thread = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
                while (true) {
                    sampler.sample();
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            return sampler;
        }

        private void sample() {
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            peakUsed = Math.max(peakUsed, used);
            long afterGc = 0;
            for (MemoryPoolMXBean pool : pools) {
                if (pool.getCollectionUsage() != null) {
                    afterGc += pool.getCollectionUsage().getUsed();
                }
            }
            peakAfterGc = Math.max(peakAfterGc, afterGc);
        }

        void reset() {
            peakUsed = 0;
            peakAfterGc = 0;
            pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        }

        long peakUsed() {
            sample();
            return peakUsed;
        }

        long peakAfterGc() {
            return peakAfterGc;
        }
    }

    private record TimedMapper(RecordMapper delegate, Timings t) implements RecordMapper {
        @Override
        public MappingStep map(CanonicalRecord record) {
            long s = System.nanoTime();
            try {
                return delegate.map(record);
            } finally {
                t.map.addAndGet(System.nanoTime() - s);
            }
        }
    }

    private record TimedSession(ConnectorSession delegate, Timings t) implements ConnectorSession {
        @Override
        public Page read(String entity, ReadRequest request) {
            long s = System.nanoTime();
            try {
                return delegate.read(entity, request);
            } finally {
                t.read.addAndGet(System.nanoTime() - s);
            }
        }

        @Override
        public List<WriteResult> write(String entity, List<WriteRequest> batch) {
            long s = System.nanoTime();
            try {
                return delegate.write(entity, batch);
            } finally {
                t.write.addAndGet(System.nanoTime() - s);
                t.writeCalls.incrementAndGet();
            }
        }

        @Override
        public Optional<String> findId(String entity, String matchField, String value) {
            long s = System.nanoTime();
            try {
                return delegate.findId(entity, matchField, value);
            } finally {
                t.find.addAndGet(System.nanoTime() - s);
                t.findCalls.incrementAndGet();
            }
        }

        @Override
        public Map<String, String> findIds(String entity, String matchField, Collection<String> values) {
            long s = System.nanoTime();
            try {
                return delegate.findIds(entity, matchField, values);
            } finally {
                t.find.addAndGet(System.nanoTime() - s);
                t.findCalls.incrementAndGet();
            }
        }

        @Override
        public void close() {
            delegate.close();
        }
    }

    private record TimedPorts(ProfileRunPorts delegate, Timings t)
            implements RunPorts.IdLinks, RunPorts.Watermarks, RunPorts.RunRecorder {

        private <T> T timed(java.util.function.Supplier<T> call) {
            long s = System.nanoTime();
            try {
                return call.get();
            } finally {
                t.db.addAndGet(System.nanoTime() - s);
            }
        }

        @Override
        public Map<String, IdLink> find(String entity, Collection<String> erpKeys) {
            return timed(() -> delegate.find(entity, erpKeys));
        }

        @Override
        public void save(String entity, IdLink link, long runId) {
            timed(() -> {
                delegate.save(entity, link, runId);
                return null;
            });
        }

        @Override
        public void saveAll(String entity, List<IdLink> links, long runId) {
            timed(() -> {
                delegate.saveAll(entity, links, runId);
                return null;
            });
        }

        @Override
        public Optional<Instant> get(String flow) {
            return timed(() -> delegate.get(flow));
        }

        @Override
        public void advance(String flow, Instant value) {
            timed(() -> {
                delegate.advance(flow, value);
                return null;
            });
        }

        @Override
        public long start(String flow, boolean dryRun) {
            return timed(() -> delegate.start(flow, dryRun));
        }

        @Override
        public void record(long runId, RecordOutcome outcome) {
            timed(() -> {
                delegate.record(runId, outcome);
                return null;
            });
        }

        @Override
        public void finish(long runId, RunSummary summary) {
            timed(() -> {
                delegate.finish(runId, summary);
                return null;
            });
        }
    }

    /** Records made on the fly, page by page: the real sandbox's records with new keys, nothing kept. */
    private static final class GeneratedSource implements ConnectorSession {
        private final List<CanonicalRecord> shapes;
        private final int items;

        GeneratedSource(List<CanonicalRecord> shapes, int items) {
            this.shapes = shapes;
            this.items = items;
        }

        @Override
        public Page read(String entity, ReadRequest request) {
            int from = request.cursor() == null ? 0 : Integer.parseInt(request.cursor());
            int to = Math.min(items, from + request.pageSize());
            List<CanonicalRecord> records = new ArrayList<>(to - from);
            Instant base = Instant.parse("2026-01-01T00:00:00Z");
            for (int i = from; i < to; i++) {
                CanonicalRecord shape = shapes.get(i % shapes.size());
                String key = "B" + i;
                Map<String, Object> fields = new LinkedHashMap<>(shape.fields());
                fields.put("inventoryId", key);
                records.add(new CanonicalRecord(shape.entity(), key, fields, base.plusMillis(i)));
            }
            return new Page(records, to >= items ? null : String.valueOf(to), items);
        }

        @Override
        public List<WriteResult> write(String entity, List<WriteRequest> batch) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<String> findId(String entity, String matchField, String value) {
            return Optional.empty();
        }

        @Override
        public void close() {
        }
    }

    /** A target that accepts everything at once. */
    private static final class MemoryTarget implements ConnectorSession {
        private long next = 1;

        @Override
        public Page read(String entity, ReadRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<WriteResult> write(String entity, List<WriteRequest> batch) {
            List<WriteResult> results = new ArrayList<>(batch.size());
            for (WriteRequest r : batch) {
                results.add(r.targetId() == null ? WriteResult.created(r.key(), String.valueOf(next++))
                        : WriteResult.updated(r.key(), r.targetId()));
            }
            return results;
        }

        @Override
        public Optional<String> findId(String entity, String matchField, String value) {
            return Optional.empty();
        }

        @Override
        public void close() {
        }
    }

    /** Id links as 32-byte hashes indexed by the generated key's number (the target id is that number). */
    private static final class MemoryPorts implements RunPorts.IdLinks, RunPorts.Watermarks, RunPorts.RunRecorder {
        private final byte[][] hashes;
        private int size;

        MemoryPorts(int items) {
            this.hashes = new byte[items][];
        }

        int size() {
            return size;
        }

        @Override
        public Map<String, IdLink> find(String entity, Collection<String> erpKeys) {
            Map<String, IdLink> found = new HashMap<>();
            for (String key : erpKeys) {
                byte[] hash = hashes[Integer.parseInt(key.substring(1))];
                if (hash != null) {
                    found.put(key, new IdLink(key, key.substring(1), HexFormat.of().formatHex(hash), null));
                }
            }
            return found;
        }

        @Override
        public void save(String entity, IdLink link, long runId) {
            int index = Integer.parseInt(link.erpKey().substring(1));
            if (hashes[index] == null) {
                size++;
            }
            hashes[index] = HexFormat.of().parseHex(link.payloadHash());
        }

        @Override
        public Optional<Instant> get(String flow) {
            return Optional.empty(); // every run reads everything
        }

        @Override
        public void advance(String flow, Instant value) {
        }

        @Override
        public long start(String flow, boolean dryRun) {
            return 1;
        }

        @Override
        public void record(long runId, RecordOutcome outcome) {
        }

        @Override
        public void finish(long runId, RunSummary summary) {
        }
    }
}
