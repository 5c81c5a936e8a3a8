package fr.passerelle.sandbox.shop.shopify;

import fr.passerelle.sandbox.SandboxApp;
import fr.passerelle.sandbox.SandboxRequest;
import fr.passerelle.sandbox.SandboxResponse;
import fr.passerelle.sandbox.shop.ShopJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A Shopify shop in memory answering the Admin GraphQL API at
 * {@code /admin/api/<version>/graphql.json}: access-token check, GraphQL parsing, answers shaped
 * by the selection, the cost-based leaky bucket (bucket 1000, restore 50/s unless told otherwise;
 * the unused part of the requested cost refunded)
 * with {@code THROTTLED} errors in HTTP 200 answers, and bulk operation results under
 * {@code /bulk/<id>.jsonl}. Thread-safe: requests are served one at a time.
 */
public final class ShopifySandbox implements SandboxApp {

    public static final String DEFAULT_TOKEN = "shpat_sandbox";
    /** Shopify refuses any single query above this cost. */
    static final int MAX_QUERY_COST = 1000;

    private static final Pattern GRAPHQL = Pattern.compile("/admin/api/(\\d{4}-\\d{2}|unstable)/graphql\\.json");
    private static final Pattern BULK = Pattern.compile("/bulk/(\\d+)\\.jsonl");

    private final String id;
    private final String token;
    /** Sales a test placed between the connector's stock read and its write. */
    private final List<Sale> pendingSales = new ArrayList<>();

    private record Sale(String sku, String location, int units, AtomicInteger writesLeft) {
    }
    private final ShopifyCatalog catalog = new ShopifyCatalog(new AtomicLong(1000));
    private final ShopifySales sales = new ShopifySales(catalog);
    private final ShopifyBulk bulk = new ShopifyBulk();
    private final ShopifyQueries queries = new ShopifyQueries(catalog, sales, bulk);
    private final ShopifyMutations mutations = new ShopifyMutations(catalog, sales, bulk);
    private final CostBucket bucket = new CostBucket(1000, 50);

    public ShopifySandbox() {
        this(DEFAULT_TOKEN);
    }

    public ShopifySandbox(String accessToken) {
        this("shopify", accessToken);
    }

    /** Another shop, served under {@code /sandbox/<id>} (a test's own shop next to the demo one). */
    public ShopifySandbox(String id, String accessToken) {
        this.id = id;
        this.token = accessToken;
        bulk.queries(queries::run);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String credentialsHint() {
        return "accessToken: " + token + "\napiVersion: 2026-07";
    }

    @Override
    public synchronized SandboxResponse handle(SandboxRequest request) {
        Matcher bulkFile = BULK.matcher(request.path());
        if (bulkFile.matches() && request.method().equals("GET")) {
            String jsonl = bulk.result(bulkFile.group(1));
            return jsonl == null ? SandboxResponse.of(404, "text/plain", "Not Found")
                    : SandboxResponse.of(200, "application/jsonl", jsonl);
        }
        if (!GRAPHQL.matcher(request.path()).matches()) {
            return SandboxResponse.json(404, "{\"errors\":\"Not Found\"}");
        }
        if (!token.equals(request.header("X-Shopify-Access-Token").orElse(""))) {
            return SandboxResponse.json(401, "{\"errors\":\"[API] Invalid API key or access token (unrecognized login or wrong password)\"}");
        }
        if (!request.method().equals("POST")) {
            return SandboxResponse.json(405, "{\"errors\":\"Method Not Allowed\"}");
        }
        Map<String, @Nullable Object> body;
        try {
            body = ShopJson.object(ShopJson.parse(request.bodyText()));
        } catch (RuntimeException e) {
            return SandboxResponse.json(400, "{\"errors\":{\"query\":\"Required parameter missing or invalid\"}}");
        }
        if (!(body.get("query") instanceof String query)) {
            return SandboxResponse.json(400, "{\"errors\":{\"query\":\"Required parameter missing or invalid\"}}");
        }
        Matcher version = GRAPHQL.matcher(request.path());
        version.matches();
        return execute(query, ShopJson.object(body.get("variables")), baseUrl(request), version.group(1));
    }

    private SandboxResponse execute(String query, Map<String, @Nullable Object> variables, String baseUrl, String apiVersion) {
        GraphQl.Operation operation;
        try {
            operation = GraphQl.parse(query, variables);
        } catch (GraphQl.SyntaxError | NumberFormatException | IndexOutOfBoundsException e) {
            return answer(null, List.of(error(e.getMessage(), "PARSE_ERROR")), 0, -1);
        }
        int cost = Shape.cost(operation);
        if (cost > MAX_QUERY_COST) {
            return answer(null, List.of(error("Query cost is " + cost + ", which exceeds the single query max cost limit ("
                    + MAX_QUERY_COST + ").", "MAX_COST_EXCEEDED")), cost, -1);
        }
        if (!bucket.take(cost)) {
            return answer(null, List.of(error("Throttled", "THROTTLED")), cost, -1);
        }
        Map<String, @Nullable Object> data = new LinkedHashMap<>();
        List<Map<String, @Nullable Object>> errors = new ArrayList<>();
        for (GraphQl.Field field : operation.fields()) {
            try {
                if (field.name().equals("inventorySetQuantities")) {
                    salesBeforeStockWrite();
                }
                Object value = operation.mutation() ? mutations.run(field, baseUrl, apiVersion) : queries.run(field);
                data.put(field.key(), Shape.project(value, field));
            } catch (ShopifyError e) {
                data.put(field.key(), null);
                errors.add(error(e.getMessage(), e.code()));
            }
        }
        int actual = Math.min(cost, Shape.actualCost(operation, data));
        bucket.refund(cost - actual);
        return answer(data, errors, cost, actual);
    }

    private SandboxResponse answer(@Nullable Map<String, @Nullable Object> data, List<Map<String, @Nullable Object>> errors,
            int requested, int actual) {
        Map<String, @Nullable Object> cost = new LinkedHashMap<>();
        cost.put("requestedQueryCost", BigDecimal.valueOf(requested));
        cost.put("actualQueryCost", actual < 0 ? null : BigDecimal.valueOf(actual));
        cost.put("throttleStatus", bucket.status());
        Map<String, @Nullable Object> body = new LinkedHashMap<>();
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        if (data != null) {
            body.put("data", data);
        }
        body.put("extensions", Map.of("cost", cost));
        return SandboxResponse.json(200, ShopJson.write(body));
    }

    private static Map<String, @Nullable Object> error(String message, String code) {
        Map<String, @Nullable Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", Map.of("code", code, "documentation", "https://shopify.dev/api/usage/rate-limits"));
        return error;
    }

    private String baseUrl(SandboxRequest request) {
        return "http://" + request.header("Host").orElse("127.0.0.1") + "/sandbox/" + id();
    }

    // ---- knobs ----

    /** Sets the bucket size and its restore rate per second (plans differ: 1000/50, 2000/100 ...). */
    public void bucket(double maximum, double restoreRate) {
        bucket.configure(maximum, restoreRate);
    }

    /** Leaves only this many points in the bucket, as if another app had just spent them. */
    public void drainBucketTo(double points) {
        bucket.drainTo(points);
    }

    /**
     * A customer buys {@code units} of the SKU at the location just before each of the next
     * {@code writes} stock writes ({@code inventorySetQuantities}): the sale lands between the
     * connector's read of the quantity and its write.
     */
    public synchronized void sellBeforeNextStockWrites(String sku, String locationName, int units, int writes) {
        pendingSales.add(new Sale(sku, locationName, units, new AtomicInteger(writes)));
    }

    /** Sets the available quantity, as a merchant would in the Shopify admin. */
    public synchronized void setAvailable(String sku, String locationName, int quantity) {
        String item = String.valueOf(ShopJson.object(variantBySku(sku).orElseThrow().get("inventoryItem")).get("id"));
        catalog.inventory.computeIfAbsent(item, k -> new LinkedHashMap<>()).put(locationId(locationName), quantity);
    }

    /** Quantities written under a compare-and-set check (compareQuantity / changeFromQuantity), accepted or refused. */
    public synchronized long comparedQuantities() {
        return mutations.comparedQuantities;
    }

    private void salesBeforeStockWrite() {
        for (Sale sale : pendingSales) {
            setAvailable(sale.sku(), sale.location(), available(sale.sku(), sale.location()) - sale.units());
        }
        pendingSales.removeIf(sale -> sale.writesLeft().decrementAndGet() <= 0);
    }

    private String locationId(String locationName) {
        return catalog.locations.stream().filter(l -> locationName.equals(l.get("name"))).map(l -> String.valueOf(l.get("id")))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no location named " + locationName));
    }

    /** How many requests were refused as THROTTLED. */
    public long throttledCount() {
        return bucket.throttledCount();
    }

    // ---- accessors for tests and the studio page ----

    public synchronized List<Map<String, @Nullable Object>> products() {
        return catalog.products.values().stream().map(catalog::productView).toList();
    }

    public synchronized Optional<Map<String, @Nullable Object>> productBySku(String sku) {
        return catalog.allVariants().stream().filter(v -> sku.equals(v.get("sku"))).findFirst()
                .map(v -> catalog.productView(catalog.products.get(String.valueOf(ShopJson.object(v.get("product")).get("id")))));
    }

    public synchronized Optional<Map<String, @Nullable Object>> variantBySku(String sku) {
        return catalog.allVariants().stream().filter(v -> sku.equals(v.get("sku"))).findFirst();
    }

    /** Available quantity of the SKU at the named location (0 when not stocked there). */
    public synchronized int available(String sku, String locationName) {
        String location = catalog.locations.stream().filter(l -> locationName.equals(l.get("name"))).map(l -> String.valueOf(l.get("id")))
                .findFirst().orElseThrow();
        return variantBySku(sku).map(v -> catalog.inventory.getOrDefault(String.valueOf(ShopJson.object(v.get("inventoryItem")).get("id")),
                Map.of()).getOrDefault(location, 0)).orElse(0);
    }

    public synchronized List<Map<String, @Nullable Object>> collections() {
        return catalog.collections.values().stream().map(ShopJson::copy).toList();
    }

    /** Titles from the top collection down, following the {@code passerelle.parent} collection reference. */
    public synchronized List<String> collectionPath(String id) {
        List<String> titles = new ArrayList<>();
        Map<String, @Nullable Object> collection = catalog.collections.get(id);
        while (collection != null) {
            titles.addFirst(String.valueOf(collection.get("title")));
            collection = ShopJson.list(collection.get("metafields")).stream().map(ShopJson::object)
                    .filter(m -> "passerelle".equals(m.get("namespace")) && "parent".equals(m.get("key")))
                    .map(m -> catalog.collections.get(String.valueOf(m.get("value")))).filter(Objects::nonNull).findFirst().orElse(null);
        }
        return titles;
    }

    public synchronized List<Map<String, @Nullable Object>> customers() {
        return sales.customers.values().stream().map(ShopJson::copy).toList();
    }

    public synchronized List<Map<String, @Nullable Object>> orders() {
        return sales.orders.values().stream().map(ShopJson::copy).toList();
    }

    public synchronized Optional<Map<String, @Nullable Object>> order(String id) {
        return Optional.ofNullable(sales.orders.get(id)).map(ShopJson::copy);
    }

    /** Creates {@code count} paid orders, updated one second apart ending now. */
    /**
     * An order placed in the shop, in the Admin API's Order shape without its ids (a test's own
     * generated orders): the order, its lines and transactions get GIDs and the next order name.
     * Returns the order's name ({@code #1001}).
     */
    public synchronized String insertOrder(Map<String, @Nullable Object> order) {
        Map<String, @Nullable Object> o = new java.util.LinkedHashMap<>(order);
        String id = catalog.gid("Order");
        o.put("id", id);
        String name = "#" + (sales.orders.size() + 5001);
        o.put("name", name);
        List<Object> lines = new ArrayList<>();
        for (Object line : ShopJson.list(o.get("lineItems"))) {
            Map<String, @Nullable Object> l = new java.util.LinkedHashMap<>(ShopJson.object(line));
            l.put("id", catalog.gid("LineItem"));
            lines.add(l);
        }
        o.put("lineItems", lines);
        List<Object> transactions = new ArrayList<>();
        for (Object t : ShopJson.list(o.get("transactions"))) {
            Map<String, @Nullable Object> tr = new java.util.LinkedHashMap<>(ShopJson.object(t));
            tr.put("id", catalog.gid("OrderTransaction"));
            transactions.add(tr);
        }
        o.put("transactions", transactions);
        o.putIfAbsent("fulfillmentOrders", new ArrayList<>());
        o.putIfAbsent("fulfillments", new ArrayList<>());
        o.putIfAbsent("metafields", new ArrayList<>());
        o.putIfAbsent("tags", new ArrayList<>());
        sales.orders.put(id, o);
        return name;
    }

    public synchronized List<String> seedOrders(int count) {
        List<String> ids = new ArrayList<>();
        Instant start = Instant.now().minusSeconds(count);
        int base = sales.orders.size();
        for (int i = 1; i <= count; i++) {
            ids.add(String.valueOf(sales.seedOrder(base + i, start.plusSeconds(i)).get("id")));
        }
        return ids;
    }

    /** A price changed by hand in the Shopify admin. */
    public synchronized void setPrice(String sku, String price) {
        Map<String, @Nullable Object> variant = catalog.allVariants().stream().filter(v -> sku.equals(v.get("sku"))).findFirst()
                .map(v -> catalog.variant(String.valueOf(v.get("id")))).orElseThrow(() -> new IllegalArgumentException("no SKU " + sku));
        Objects.requireNonNull(variant).put("price", price);
    }
}
