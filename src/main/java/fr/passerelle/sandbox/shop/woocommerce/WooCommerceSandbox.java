package fr.passerelle.sandbox.shop.woocommerce;

import fr.passerelle.sandbox.SandboxApp;
import fr.passerelle.sandbox.SandboxRequest;
import fr.passerelle.sandbox.SandboxResponse;
import fr.passerelle.sandbox.shop.ShopJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A WooCommerce shop in memory, answering the REST API under {@code /wp-json/}: {@code wc/v3}
 * (products, variations, categories, brands, customers, orders, notes), Shipment Tracking
 * ({@code wc-shipment-tracking/v3}), the Groups plug-in ({@code groups/v1}) and WordPress media
 * ({@code wp/v2/media}). Thread-safe: requests are served one at a time. The public accessors let
 * tests and the studio page look at what a flow did, seed orders and change a price by hand.
 */
public final class WooCommerceSandbox implements SandboxApp {

    public static final String DEFAULT_KEY = "ck_sandbox";
    public static final String DEFAULT_SECRET = "cs_sandbox";

    private static final Pattern VARIATIONS = Pattern.compile("wc/v3/products/(\\d+)/variations(/batch|/(\\d+))?");
    private static final Pattern NOTES = Pattern.compile("wc/v3/orders/(\\d+)/notes");
    private static final Pattern TRACKINGS = Pattern.compile("wc-shipment-tracking/v3/orders/(\\d+)/shipment-trackings");
    private static final Pattern RESOURCE = Pattern.compile("(wc/v3/products/categories|wc/v3/products/brands|wc/v3/products"
            + "|wc/v3/customers|wc/v3/orders|groups/v1/groups)(/batch|/(\\d+))?");

    private final String id;
    private final String key;
    private final String secret;
    private final AtomicLong postIds = new AtomicLong(100);
    private final WooCatalog catalog = new WooCatalog(postIds, new AtomicLong(10));
    private final WooSales sales = new WooSales(new AtomicLong(1), postIds, new AtomicLong(1));
    private final Map<Long, List<Map<String, @Nullable Object>>> notes = new LinkedHashMap<>();
    private final Map<Long, List<Map<String, @Nullable Object>>> trackings = new LinkedHashMap<>();
    private final Map<Long, byte[]> media = new LinkedHashMap<>();
    private final AtomicLong otherIds = new AtomicLong(5000);

    public WooCommerceSandbox() {
        this(DEFAULT_KEY, DEFAULT_SECRET);
    }

    public WooCommerceSandbox(String consumerKey, String consumerSecret) {
        this("woocommerce", consumerKey, consumerSecret);
    }

    /** A second shop mounted under another id ({@code /sandbox/<id>}), e.g. a test's own empty shop. */
    public WooCommerceSandbox(String id, String consumerKey, String consumerSecret) {
        this.id = id;
        this.key = consumerKey;
        this.secret = consumerSecret;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String credentialsHint() {
        return "consumerKey: " + key + "\nconsumerSecret: " + secret;
    }

    @Override
    public synchronized SandboxResponse handle(SandboxRequest request) {
        String path = request.path().replaceFirst("^/wp-json/", "").replaceAll("/+$", "");
        if (!request.path().startsWith("/wp-json/")) {
            return WooRest.noRoute();
        }
        try {
            authenticate(request);
            return route(request, path);
        } catch (WooError e) {
            return e.response();
        }
    }

    private SandboxResponse route(SandboxRequest request, String path) {
        Matcher m;
        if ((m = VARIATIONS.matcher(path)).matches()) {
            long parent = Long.parseLong(m.group(1));
            if (catalog.products.get(parent) == null) {
                throw new WooError(404, "woocommerce_rest_product_invalid_id", "Invalid ID.");
            }
            UnaryOperator<Map<String, @Nullable Object>> withParent = body -> {
                Map<String, @Nullable Object> b = new LinkedHashMap<>(body);
                b.put("parent_id", BigDecimal.valueOf(parent));
                return b;
            };
            SandboxResponse response = m.group(2) == null
                    ? WooRest.collection(request, "/wp-json/" + path, catalog.variations,
                            Map.of("parent_id", Long.toString(parent)), withParent)
                    : m.group(2).equals("/batch") ? WooRest.batch(request, catalog.variations, withParent)
                    : WooRest.item(request, catalog.variations, Long.parseLong(m.group(3)));
            if (!request.method().equals("GET")) {
                catalog.products.update(parent, Map.of()); // refreshes the parent's "variations" list
            }
            return response;
        }
        if ((m = NOTES.matcher(path)).matches()) {
            return note(request, Long.parseLong(m.group(1)));
        }
        if ((m = TRACKINGS.matcher(path)).matches()) {
            return tracking(request, Long.parseLong(m.group(1)));
        }
        if (path.equals("wp/v2/media") && request.method().equals("POST")) {
            return upload(request);
        }
        if ((m = RESOURCE.matcher(path)).matches()) {
            WooCollection records = collection(m.group(1));
            if (m.group(2) == null) {
                return WooRest.collection(request, "/wp-json/" + path, records, Map.of(), UnaryOperator.identity());
            }
            return m.group(2).equals("/batch") ? WooRest.batch(request, records, UnaryOperator.identity())
                    : WooRest.item(request, records, Long.parseLong(m.group(3)));
        }
        return WooRest.noRoute();
    }

    private WooCollection collection(String base) {
        return switch (base) {
            case "wc/v3/products/categories" -> catalog.categories;
            case "wc/v3/products/brands" -> catalog.brands;
            case "wc/v3/products" -> catalog.products;
            case "wc/v3/customers" -> sales.customers;
            case "wc/v3/orders" -> sales.orders;
            default -> sales.groups;
        };
    }

    /**
     * WooCommerce over HTTPS: HTTP Basic with key and secret, or {@code consumer_key}/{@code consumer_secret}
     * in the query. Errors are WooCommerce's own.
     */
    private void authenticate(SandboxRequest request) {
        String givenKey = request.param("consumer_key").orElse(null);
        String givenSecret = request.param("consumer_secret").orElse(null);
        Optional<String> header = request.header("Authorization").filter(h -> h.regionMatches(true, 0, "Basic ", 0, 6));
        if (header.isPresent()) {
            String decoded = new String(Base64.getDecoder().decode(header.get().substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            givenKey = colon < 0 ? decoded : decoded.substring(0, colon);
            givenSecret = colon < 0 ? "" : decoded.substring(colon + 1);
        }
        if (givenKey == null) {
            boolean read = request.method().equals("GET");
            throw new WooError(401, read ? "woocommerce_rest_cannot_view" : "woocommerce_rest_cannot_create",
                    read ? "Sorry, you cannot list resources." : "Sorry, you are not allowed to create resources.");
        }
        if (!key.equals(givenKey)) {
            throw new WooError(401, "woocommerce_rest_authentication_error", "Consumer key is invalid.");
        }
        if (!secret.equals(givenSecret)) {
            throw new WooError(401, "woocommerce_rest_authentication_error", "Consumer secret is invalid.");
        }
    }

    private SandboxResponse note(SandboxRequest request, long orderId) {
        if (sales.orders.get(orderId) == null) {
            throw new WooError(404, "woocommerce_rest_order_invalid_id", "Invalid order ID.");
        }
        List<Map<String, @Nullable Object>> list = notes.computeIfAbsent(orderId, k -> new ArrayList<>());
        if (request.method().equals("GET")) {
            return SandboxResponse.json(200, ShopJson.write(list));
        }
        Map<String, @Nullable Object> body = WooRest.body(request);
        if (body.get("note") == null || String.valueOf(body.get("note")).isBlank()) {
            throw new WooError(400, "rest_missing_callback_param", "Missing parameter(s): note");
        }
        Map<String, @Nullable Object> note = new LinkedHashMap<>();
        note.put("id", BigDecimal.valueOf(otherIds.incrementAndGet()));
        note.put("author", "WooCommerce");
        note.put("date_created_gmt", WooCollection.now());
        note.put("note", body.get("note"));
        note.put("customer_note", Boolean.TRUE.equals(body.get("customer_note")));
        list.add(note);
        return SandboxResponse.json(201, ShopJson.write(note));
    }

    private SandboxResponse tracking(SandboxRequest request, long orderId) {
        if (sales.orders.get(orderId) == null) {
            throw new WooError(404, "woocommerce_rest_order_invalid_id", "Invalid order ID.");
        }
        List<Map<String, @Nullable Object>> list = trackings.computeIfAbsent(orderId, k -> new ArrayList<>());
        if (request.method().equals("GET")) {
            return SandboxResponse.json(200, ShopJson.write(list));
        }
        Map<String, @Nullable Object> body = WooRest.body(request);
        if (body.get("tracking_number") == null || String.valueOf(body.get("tracking_number")).isBlank()) {
            throw new WooError(400, "rest_missing_callback_param", "Missing parameter(s): tracking_number");
        }
        Map<String, @Nullable Object> tracking = new LinkedHashMap<>();
        tracking.put("tracking_id", Long.toHexString(otherIds.incrementAndGet() * 7919));
        String provider = Objects.toString(body.getOrDefault("tracking_provider",
                body.getOrDefault("custom_tracking_provider", "")), "");
        tracking.put("tracking_provider", provider);
        tracking.put("tracking_link", Objects.toString(body.getOrDefault("custom_tracking_link", ""), ""));
        tracking.put("tracking_number", body.get("tracking_number"));
        tracking.put("date_shipped", Objects.toString(body.getOrDefault("date_shipped", WooCollection.now().substring(0, 10))));
        list.add(tracking);
        return SandboxResponse.json(201, ShopJson.write(tracking));
    }

    private SandboxResponse upload(SandboxRequest request) {
        String disposition = request.header("Content-Disposition").orElse("");
        Matcher name = Pattern.compile("filename=\"?([^\";]+)").matcher(disposition);
        if (!name.find() || request.body().length == 0) {
            throw new WooError(400, "rest_upload_no_content_disposition", "No Content-Disposition supplied.");
        }
        long id = otherIds.incrementAndGet();
        media.put(id, request.body());
        Map<String, @Nullable Object> answer = new LinkedHashMap<>();
        answer.put("id", BigDecimal.valueOf(id));
        answer.put("source_url", "https://sandbox.example/wp-content/uploads/" + name.group(1));
        answer.put("mime_type", request.header("Content-Type").orElse("application/octet-stream"));
        return SandboxResponse.json(201, ShopJson.write(answer));
    }

    // ---- accessors for tests and the studio page -------------------------------------------

    public synchronized List<Map<String, @Nullable Object>> products() {
        return List.copyOf(catalog.products.all());
    }

    public synchronized Optional<Map<String, @Nullable Object>> productBySku(String sku) {
        return catalog.products.firstWhere("sku", sku).or(() -> catalog.variations.firstWhere("sku", sku));
    }

    public synchronized List<Map<String, @Nullable Object>> variations(long productId) {
        return catalog.variations.list(Map.of("parent_id", Long.toString(productId)));
    }

    public synchronized List<Map<String, @Nullable Object>> categories() {
        return List.copyOf(catalog.categories.all());
    }

    /** The names from the top category down to this one. */
    public synchronized List<String> categoryPath(long id) {
        List<String> names = new ArrayList<>();
        Map<String, @Nullable Object> term = catalog.categories.get(id);
        while (term != null) {
            names.addFirst(String.valueOf(term.get("name")));
            String parent = ShopJson.text(term.get("parent"));
            term = parent == null || parent.equals("0") ? null : catalog.categories.get(Long.parseLong(parent));
        }
        return names;
    }

    public synchronized List<Map<String, @Nullable Object>> customers() {
        return List.copyOf(sales.customers.all());
    }

    public synchronized List<Map<String, @Nullable Object>> groups() {
        return List.copyOf(sales.groups.all());
    }

    public synchronized List<Map<String, @Nullable Object>> orders() {
        return List.copyOf(sales.orders.all());
    }

    public synchronized Optional<Map<String, @Nullable Object>> order(long id) {
        return Optional.ofNullable(sales.orders.get(id));
    }

    public synchronized List<Map<String, @Nullable Object>> notes(long orderId) {
        return ShopJson.list(ShopJson.normalise(notes.getOrDefault(orderId, List.of()))).stream().map(ShopJson::object).toList();
    }

    public synchronized List<Map<String, @Nullable Object>> trackings(long orderId) {
        return ShopJson.list(ShopJson.normalise(trackings.getOrDefault(orderId, List.of()))).stream().map(ShopJson::object).toList();
    }

    /** Creates {@code count} paid or on-hold orders (with a customer and a product to point at). */
    public synchronized List<Long> seedOrders(int count) {
        Map<String, @Nullable Object> product = catalog.products.all().stream().findFirst().orElseGet(() ->
                catalog.products.create(new LinkedHashMap<>(Map.of("name", "Article démo", "sku", "DEMO-1",
                        "regular_price", "10.00"))));
        long productId = ((BigDecimal) Objects.requireNonNull(product.get("id"))).longValue();
        List<Long> ids = new ArrayList<>();
        int start = sales.orders.all().size();
        for (int i = 1; i <= count; i++) {
            int n = start + i;
            Map<String, @Nullable Object> customer = sales.customers.create(new LinkedHashMap<>(Map.of(
                    "email", "client" + n + "." + System.nanoTime() + "@example.fr", "first_name", "Client",
                    "last_name", "N" + n)));
            long customerId = ((BigDecimal) Objects.requireNonNull(customer.get("id"))).longValue();
            Map<String, @Nullable Object> order = sales.orders.create(WooOrderFactory.order(n, customerId,
                    String.valueOf(product.get("sku")), productId));
            ids.add(((BigDecimal) Objects.requireNonNull(order.get("id"))).longValue());
        }
        return ids;
    }

    /** An order placed in the shop, in the REST API's shape (a test's own generated orders); returns its id. */
    public synchronized long insertOrder(Map<String, @Nullable Object> order) {
        return ((BigDecimal) Objects.requireNonNull(sales.orders.create(new LinkedHashMap<>(order)).get("id")))
                .longValue();
    }

    /** A product created by hand in the back office, before any sync (what the first run must adopt). */
    public synchronized long createProduct(String sku, String name) {
        Map<String, @Nullable Object> product = catalog.products.create(new LinkedHashMap<>(Map.of("name", name,
                "sku", sku, "status", "publish")));
        return ((BigDecimal) Objects.requireNonNull(product.get("id"))).longValue();
    }

    /** An order placed by a shopper: one line of {@code quantity} units of the product with this SKU. */
    public synchronized long placeOrder(String sku, int quantity, String status) {
        Map<String, @Nullable Object> product = catalog.products.firstWhere("sku", sku).orElseThrow(() -> new IllegalArgumentException("no product with SKU " + sku));
        Map<String, @Nullable Object> order = WooOrderFactory.order(1, 0, sku,
                ((BigDecimal) Objects.requireNonNull(product.get("id"))).longValue());
        order.put("status", status);
        order.put("date_created_gmt", WooCollection.now());
        Map<String, @Nullable Object> line = new LinkedHashMap<>(ShopJson.object(ShopJson.list(order.get("line_items"))
                .getFirst()));
        line.put("quantity", BigDecimal.valueOf(quantity));
        order.put("line_items", List.of(line));
        return ((BigDecimal) Objects.requireNonNull(sales.orders.create(order).get("id"))).longValue();
    }

    /** A price changed by hand in the back office (what the next price sync must overwrite). */
    public synchronized void setRegularPrice(String sku, String price) {
        catalog.products.firstWhere("sku", sku).ifPresentOrElse(
                p -> catalog.products.update(((BigDecimal) Objects.requireNonNull(p.get("id"))).longValue(),
                        Map.of("regular_price", price)),
                () -> {
                    throw new IllegalArgumentException("no product with SKU " + sku);
                });
    }
}
