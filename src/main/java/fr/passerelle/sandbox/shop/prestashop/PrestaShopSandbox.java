package fr.passerelle.sandbox.shop.prestashop;

import fr.passerelle.sandbox.SandboxApp;
import fr.passerelle.sandbox.SandboxRequest;
import fr.passerelle.sandbox.SandboxResponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * A PrestaShop shop in memory answering the Webservice under {@code /api/}. Thread-safe: requests
 * are served one at a time. Accessors let tests and the studio page read products, stock,
 * customers and orders, seed orders and change a price by hand.
 */
public final class PrestaShopSandbox implements SandboxApp {

    public static final String DEFAULT_KEY = "PSSANDBOXKEY0000000000000000000";

    private static final Pattern PATH = Pattern.compile("/api/([a-z_]+)(?:/(\\d+))?/?");
    private static final Pattern IMAGES = Pattern.compile("/api/images/products/(\\d+)/?");
    private static final String REALM = "Basic realm=\"Welcome to PrestaShop Webservice, please enter the authentication key as the login. No password required.\"";

    private final String id;
    private final String key;
    private final PsStore store = new PsStore();

    public PrestaShopSandbox() {
        this(DEFAULT_KEY);
    }

    public PrestaShopSandbox(String key) {
        this("prestashop", key);
    }

    /** A second shop mounted under another id ({@code /sandbox/<id>}), e.g. a test's own empty shop. */
    public PrestaShopSandbox(String id, String key) {
        this.id = id;
        this.key = key;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String credentialsHint() {
        return "key: " + key;
    }

    @Override
    public synchronized SandboxResponse handle(SandboxRequest request) {
        try {
            authenticate(request);
            Matcher image = IMAGES.matcher(request.path());
            if (image.matches()) {
                return PsImages.handle(request, store, Long.parseLong(image.group(1)));
            }
            Matcher m = PATH.matcher(request.path());
            if (!m.matches()) {
                throw new PsError(400, 22, "Resource of type \"" + request.path() + "\" does not exists");
            }
            PsResource resource = store.resources.get(m.group(1));
            if (resource == null) {
                throw new PsError(400, 22, "Resource of type \"" + m.group(1) + "\" does not exists. Did you mean: \"products\"?");
            }
            String method = request.param("ps_method").orElse(request.method());
            if (!resource.methods().contains(method)) {
                throw new PsError(405, 20, "Method " + method + " is not valid for resource " + resource.plural());
            }
            String base = "http://" + request.header("Host").orElse("localhost") + "/sandbox/" + id();
            return m.group(2) == null ? collection(request, method, resource, base) : item(request, method, resource,
                    Long.parseLong(m.group(2)), base);
        } catch (PsError e) {
            SandboxResponse response = e.response();
            return e.getMessage().startsWith("Authentication") || e.getMessage().startsWith("No permission")
                    ? response.withHeader("WWW-Authenticate", REALM) : response;
        } catch (PsXml.BadXml e) {
            return new PsError(400, 127, e.getMessage()).response();
        }
    }

    private void authenticate(SandboxRequest request) {
        String given = request.param("ws_key").orElse(null);
        Optional<String> header = request.header("Authorization").filter(h -> h.regionMatches(true, 0, "Basic ", 0, 6));
        if (header.isPresent()) {
            String decoded = new String(Base64.getDecoder().decode(header.get().substring(6).trim()), StandardCharsets.UTF_8);
            given = decoded.contains(":") ? decoded.substring(0, decoded.indexOf(':')) : decoded;
        }
        if (given == null || given.isEmpty()) {
            throw new PsError(401, 17, "Authentication key is empty");
        }
        if (!given.matches("[A-Z0-9]{32}") && !given.equals(key)) {
            throw new PsError(401, 18, "Invalid authentication key format");
        }
        if (!given.equals(key)) {
            throw new PsError(401, 19, "Authentication key does not exist");
        }
    }

    private SandboxResponse collection(SandboxRequest request, String method, PsResource resource, String base) {
        if (method.equals("POST")) {
            Map<String, Object> created = store.create(resource, PsXml.read(request.body(), resource));
            return SandboxResponse.xml(201, PsXml.envelope(PsXml.record(resource, created, base, null)));
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            throw new PsError(405, 20, "Method " + method + " needs an id");
        }
        String display = request.param("display").orElse(null);
        List<String> only = display == null || display.equals("full") ? null
                : Arrays.stream(display.replaceAll("[\\[\\]]", "").split(",")).map(String::trim).toList();
        List<Map<String, Object>> records = PsQuery.apply(store.all(resource.plural()), request.query());
        StringBuilder out = new StringBuilder("<").append(resource.plural()).append(">\n");
        for (Map<String, Object> record : records) {
            if (display == null) {
                out.append("<").append(resource.singular()).append(" id=\"").append(record.get("id")).append("\" xlink:href=\"")
                        .append(base).append("/api/").append(resource.plural()).append("/").append(record.get("id")).append("\"/>\n");
            } else {
                out.append(PsXml.record(resource, record, base, only));
            }
        }
        out.append("</").append(resource.plural()).append(">\n");
        return SandboxResponse.xml(200, PsXml.envelope(out.toString()));
    }

    private SandboxResponse item(SandboxRequest request, String method, PsResource resource, long id, String base) {
        Map<String, Object> record = store.get(resource.plural(), id);
        return switch (method) {
            case "GET", "HEAD" -> {
                if (record == null) {
                    throw new PsError(404, 87, "Id(s) not exists: " + id);
                }
                yield SandboxResponse.xml(200, PsXml.envelope(PsXml.record(resource, record, base, null)));
            }
            case "PUT", "PATCH" -> {
                Map<String, Object> body = PsXml.read(request.body(), resource);
                if (method.equals("PUT") && !Long.toString(id).equals(PsQuery.text(body.get("id")))) {
                    throw new PsError(400, 90, "id is required when modifying a resource");
                }
                yield SandboxResponse.xml(200, PsXml.envelope(PsXml.record(resource,
                        store.update(resource, id, body, method.equals("PATCH")), base, null)));
            }
            case "DELETE" -> {
                if (!store.delete(resource.plural(), id)) {
                    throw new PsError(404, 87, "Id(s) not exists: " + id);
                }
                yield SandboxResponse.empty(200);
            }
            default -> throw new PsError(405, 20, "Method " + method + " is not valid");
        };
    }

    // ---- accessors for tests and the studio page ----

    public synchronized List<Map<String, Object>> records(String resource) {
        return store.all(resource).stream().map(PrestaShopSandbox::copy).toList();
    }

    public synchronized Optional<Map<String, Object>> productByReference(String reference) {
        return store.all("products").stream().filter(p -> reference.equals(PsQuery.text(p.get("reference")))).findFirst()
                .map(PrestaShopSandbox::copy);
    }

    /** Quantity of the stock row of this product reference (combination reference if it is one). */
    public synchronized int quantity(String reference) {
        String product = null;
        String attribute = "0";
        Optional<Map<String, Object>> p = productByReference(reference);
        if (p.isPresent()) {
            product = PsQuery.text(p.get().get("id"));
        } else {
            for (Map<String, Object> c : store.all("combinations")) {
                if (reference.equals(PsQuery.text(c.get("reference")))) {
                    product = PsQuery.text(c.get("id_product"));
                    attribute = PsQuery.text(c.get("id"));
                }
            }
        }
        String productId = product;
        String attributeId = attribute;
        return store.all("stock_availables").stream().filter(s -> PsQuery.text(s.get("id_product")).equals(productId)
                && PsQuery.text(s.get("id_product_attribute")).equals(attributeId))
                .mapToInt(s -> Integer.parseInt(PsQuery.text(s.get("quantity")))).findFirst().orElse(0);
    }

    /** Category names from the top (below Home) down to this one. */
    public synchronized List<String> categoryPath(long id) {
        List<String> names = new ArrayList<>();
        Map<String, Object> category = store.get("categories", id);
        while (category != null && !"2".equals(category.get("id"))) {
            names.addFirst(PsQuery.text(category.get("name")));
            category = store.get("categories", Long.parseLong(PsQuery.text(category.get("id_parent"))));
        }
        return names;
    }

    /** Creates {@code count} orders (state "payment accepted") for a product of the shop, with a payment each. */
    public synchronized List<Long> seedOrders(int count) {
        PsResource orders = store.resources.get("orders");
        Map<String, Object> product = store.all("products").stream().findFirst().orElse(null);
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            int n = store.all("orders").size() + 1;
            BigDecimal unit = new BigDecimal(10 + n % 7).setScale(6);
            BigDecimal qty = BigDecimal.valueOf(1 + n % 3);
            BigDecimal products = unit.multiply(qty).setScale(6, RoundingMode.HALF_UP);
            BigDecimal shipping = new BigDecimal("7.000000");
            BigDecimal excl = products.add(shipping);
            BigDecimal incl = excl.multiply(new BigDecimal("1.2")).setScale(6, RoundingMode.HALF_UP);
            String reference = "XKBKNABJK".substring(0, 4) + String.format("%05d", n);
            Map<String, Object> order = new LinkedHashMap<>();
            order.put("id_address_delivery", "1");
            order.put("id_address_invoice", "1");
            order.put("id_cart", Integer.toString(n));
            order.put("id_currency", "1");
            order.put("id_lang", "1");
            order.put("id_customer", "1");
            order.put("id_carrier", "2");
            order.put("module", n % 2 == 0 ? "ps_checkpayment" : "ps_wirepayment");
            order.put("payment", n % 2 == 0 ? "Chèque" : "Virement bancaire");
            order.put("reference", reference);
            order.put("total_discounts_tax_incl", "0.000000");
            order.put("total_discounts_tax_excl", "0.000000");
            order.put("total_paid", incl.toPlainString());
            order.put("total_paid_tax_incl", incl.toPlainString());
            order.put("total_paid_tax_excl", excl.toPlainString());
            order.put("total_paid_real", incl.toPlainString());
            order.put("total_products", products.toPlainString());
            order.put("total_products_wt", products.multiply(new BigDecimal("1.2")).setScale(6, RoundingMode.HALF_UP).toPlainString());
            order.put("total_shipping_tax_incl", shipping.multiply(new BigDecimal("1.2")).setScale(6, RoundingMode.HALF_UP).toPlainString());
            order.put("total_shipping_tax_excl", shipping.toPlainString());
            order.put("carrier_tax_rate", "20.000");
            order.put("conversion_rate", "1.000000");
            order.put(PsXml.ASSOCIATIONS, Map.of("order_rows", List.of(new LinkedHashMap<>(Map.of("id", Integer.toString(n),
                    "product_id", product == null ? "1" : PsQuery.text(product.get("id")), "product_attribute_id", "0",
                    "product_quantity", qty.toPlainString(), "product_name", product == null ? "Article" : PsQuery.text(product.get("name")),
                    "product_reference", product == null ? "DEMO-1" : PsQuery.text(product.get("reference")), "product_ean13", "",
                    "unit_price_tax_incl", unit.multiply(new BigDecimal("1.2")).setScale(6, RoundingMode.HALF_UP).toPlainString(),
                    "unit_price_tax_excl", unit.toPlainString())))));
            Map<String, Object> created = store.create(orders, order);
            created.put("current_state", "2");
            created.put("date_add", LocalDateTime.now(PsStore.ZONE).minusMinutes(count - i).format(PsStore.DATE));
            created.put("date_upd", created.get("date_add"));
            store.create(store.resources.get("order_carriers"), new LinkedHashMap<>(Map.of("id_order", created.get("id"),
                    "id_carrier", "2", "weight", "0.500000", "tracking_number", "")));
            store.create(store.resources.get("order_payments"), new LinkedHashMap<>(Map.of("order_reference", reference,
                    "id_currency", "1", "amount", incl.setScale(2, RoundingMode.HALF_UP).toPlainString(),
                    "payment_method", PsQuery.text(created.get("payment")), "conversion_rate", "1.000000")));
            ids.add(Long.parseLong(PsQuery.text(created.get("id"))));
        }
        return ids;
    }

    /** A cart rule (coupon) applied to an order, as the webservice's {@code order_cart_rules} lists it. */
    public synchronized void addCartRule(long orderId, String name, String value, String valueTaxExcl) {
        store.create(store.resources.get("order_cart_rules"), new LinkedHashMap<>(Map.of("id_order",
                Long.toString(orderId), "id_cart_rule", "1", "id_order_invoice", "0", "name", name, "value", value,
                "value_tax_excl", valueTaxExcl, "free_shipping", "0")));
    }

    /** A price changed by hand in the back office. */
    public synchronized void setPrice(String reference, String price) {
        store.all("products").stream().filter(p -> reference.equals(PsQuery.text(p.get("reference")))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no product " + reference)).put("price", price);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Map<String, Object> record) {
        Map<String, Object> out = new LinkedHashMap<>();
        record.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : v));
        return out;
    }

}
