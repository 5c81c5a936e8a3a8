package fr.passerelle.connector.shop.woocommerce;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.FieldSchema;
import fr.passerelle.connector.FieldType;
import fr.passerelle.connector.FileContent;
import fr.passerelle.connector.OpenOrderLine;
import fr.passerelle.connector.Page;
import fr.passerelle.connector.ReadRequest;
import fr.passerelle.connector.ShopSession;
import fr.passerelle.connector.WriteRequest;
import fr.passerelle.connector.WriteResult;
import fr.passerelle.connector.http.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** One run's session on a WooCommerce shop. Stateless but for the term cache. */
final class WooCommerceSession implements ShopSession {

    private final WooCommerceClient client;
    private final WooLookup lookup;
    private final WooWriter writer;

    WooCommerceSession(ConnectionSettings settings) {
        this.client = new WooCommerceClient(settings);
        this.lookup = new WooLookup(client);
        this.writer = new WooWriter(client, new WooTaxonomies(client), lookup);
    }

    @Override
    public Page read(String entity, ReadRequest request) {
        WooResource resource = resource(entity);
        Map<String, String> params = new LinkedHashMap<>(WooFilters.parse(request.filter()));
        String path = resource.path();
        if (resource == WooResource.VARIATION) {
            String parent = params.remove("parent_id");
            if (parent == null) {
                throw new ConnectorException(WooCommerceClient.SYSTEM, "read " + entity, 0, false,
                        "reading variations needs the filter parent_id=<product id>");
            }
            path = resource.path(parent);
        }
        int page = request.cursor() == null ? 1 : Integer.parseInt(request.cursor());
        params.put("page", Integer.toString(page));
        params.put("per_page", Integer.toString(Math.min(request.pageSize(), 100)));
        params.putIfAbsent("orderby", "id");
        params.putIfAbsent("order", "asc");
        boolean serverSideSince = resource == WooResource.PRODUCT || resource == WooResource.VARIATION
                || resource == WooResource.STOCK || resource == WooResource.PRICE || resource == WooResource.ORDER
                || resource == WooResource.PAYMENT;
        if (request.modifiedSince() != null && serverSideSince) {
            // dates_are_gmt: WooCommerce otherwise reads the date in the shop's own time zone.
            params.put("modified_after", request.modifiedSince().truncatedTo(ChronoUnit.SECONDS).toString()
                    .replace("Z", ""));
            params.put("dates_are_gmt", "true");
        }
        if (resource == WooResource.CUSTOMER || resource == WooResource.PROSPECT) {
            params.putIfAbsent("role", "all");
        }
        if (resource == WooResource.PAYMENT) {
            params.putIfAbsent("status", "processing,completed");
        }
        WooCommerceClient.ListPage list = client.list(path, params);
        List<CanonicalRecord> records = new ArrayList<>();
        for (Map<String, @Nullable Object> item : list.items()) {
            if (resource == WooResource.PROSPECT && Boolean.TRUE.equals(item.get("is_paying_customer"))) {
                continue; // PRO-1: a prospect is a customer who never paid an order
            }
            if ((resource == WooResource.STOCK || resource == WooResource.PRICE) && "variable".equals(item.get("type"))) {
                // a variable product's stock and prices are its variations' (the parent holds none of its own)
                records.addAll(variations(resource, Objects.requireNonNull(Json.text(item.get("id")))));
                continue;
            }
            CanonicalRecord record = toRecord(resource, item);
            // The customers endpoint has no modified_after: the watermark is applied here.
            if (request.modifiedSince() != null && !serverSideSince && record.modifiedAt() != null
                    && record.modifiedAt().isBefore(request.modifiedSince().truncatedTo(ChronoUnit.SECONDS))) {
                continue;
            }
            records.add(record);
        }
        boolean more = list.totalPages() >= 0 ? page < list.totalPages() : list.items().size() >= request.pageSize();
        return new Page(records, more ? Integer.toString(page + 1) : null, list.total());
    }

    /** The variations of one variable product as stock or price records, keyed {@code <parent>/<variation>}. */
    private List<CanonicalRecord> variations(WooResource resource, String parentId) {
        List<CanonicalRecord> out = new ArrayList<>();
        for (int page = 1; ; page++) {
            WooCommerceClient.ListPage list = client.list(WooResource.VARIATION.path(parentId),
                    Map.of("per_page", "100", "page", Integer.toString(page)));
            for (Map<String, @Nullable Object> variation : list.items()) {
                Map<String, @Nullable Object> fields = new LinkedHashMap<>(variation);
                fields.put("parent_id", parentId);
                out.add(new CanonicalRecord(resource.entity(), WooLookup.composite(parentId,
                        Objects.requireNonNull(Json.text(variation.get("id")))), fields,
                        gmt(variation.get("date_modified_gmt"))));
            }
            if (list.items().size() < 100 || (list.totalPages() >= 0 && page >= list.totalPages())) {
                return out;
            }
        }
    }

    private static CanonicalRecord toRecord(WooResource resource, Map<String, @Nullable Object> item) {
        Map<String, @Nullable Object> fields = item;
        if (resource == WooResource.PAYMENT) {
            fields = new LinkedHashMap<>();
            for (String name : List.of("id", "number", "currency", "total", "payment_method", "payment_method_title",
                    "transaction_id", "date_paid_gmt", "customer_id", "status")) {
                fields.put(name.equals("id") ? "order_id" : name, item.get(name));
            }
            fields.put("billing", item.get("billing"));
        }
        String id = Objects.requireNonNull(Json.text(item.get("id")));
        return new CanonicalRecord(resource.entity(), id, fields, gmt(item.get("date_modified_gmt")));
    }

    static @Nullable Instant gmt(@Nullable Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.toString()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public List<WriteResult> write(String entity, List<WriteRequest> batch) {
        return writer.write(resource(entity), batch);
    }

    /** Products by SKU in calls of 100 ({@code ?sku=a,b,c}); other entities one by one. */
    @Override
    public Map<String, String> findIds(String entity, String matchField, java.util.Collection<String> values) {
        WooResource resource = resource(entity);
        if (resource == WooResource.PRODUCT && matchField.equals("sku")) {
            return lookup.productIdsBySku(List.copyOf(values));
        }
        if ((resource == WooResource.STOCK || resource == WooResource.PRICE) && matchField.equals("sku")) {
            return lookup.stockIdsBySku(List.copyOf(values));
        }
        return ShopSession.super.findIds(entity, matchField, values);
    }

    @Override
    public Optional<String> findId(String entity, String matchField, String value) {
        WooResource resource = resource(entity);
        return switch (resource) {
            case PRODUCT, STOCK, PRICE -> {
                if (!matchField.equals("sku")) {
                    throw unsupported(entity, matchField);
                }
                yield Optional.ofNullable((resource == WooResource.PRODUCT ? lookup.productIdsBySku(List.of(value))
                        : lookup.stockIdsBySku(List.of(value))).get(value));
            }
            case CUSTOMER -> {
                if (!matchField.equals("email")) {
                    throw unsupported(entity, matchField);
                }
                yield lookup.customerIdByEmail(value);
            }
            case CUSTOMER_GROUP -> {
                if (!matchField.equals("name")) {
                    throw unsupported(entity, matchField);
                }
                yield lookup.groupIdByName(value);
            }
            case CATEGORY -> {
                if (!matchField.equals("path")) {
                    throw unsupported(entity, matchField);
                }
                List<String> levels = WooTaxonomies.split(value);
                String parent = "0";
                for (String level : levels) {
                    Optional<String> found = lookup.category(level, parent);
                    if (found.isEmpty()) {
                        yield Optional.empty();
                    }
                    parent = found.get();
                }
                yield levels.isEmpty() ? Optional.empty() : Optional.of(parent);
            }
            default -> throw unsupported(entity, matchField);
        };
    }

    /**
     * STK-3: lines of orders still holding stock (pending, processing, on hold) created at or after
     * {@code since}. {@code after} narrows the read on the shop; the date is checked again here.
     */
    @Override
    public List<OpenOrderLine> openOrderLines(Instant since) {
        Instant from = since.truncatedTo(ChronoUnit.SECONDS);
        List<OpenOrderLine> lines = new ArrayList<>();
        for (int page = 1; ; page++) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("status", "pending,processing,on-hold");
            params.put("after", from.toString().replace("Z", ""));
            params.put("dates_are_gmt", "true");
            params.put("per_page", "100");
            params.put("page", Integer.toString(page));
            params.put("orderby", "id");
            params.put("order", "asc");
            WooCommerceClient.ListPage list = client.list(WooResource.ORDER.path(), params);
            for (Map<String, @Nullable Object> order : list.items()) {
                Instant created = gmt(order.get("date_created_gmt"));
                if (created != null && created.isBefore(from)) {
                    continue;
                }
                String orderKey = Objects.requireNonNull(Json.text(order.get("id")));
                for (Object item : Json.list(order.get("line_items"))) {
                    Map<String, @Nullable Object> line = Json.object(item);
                    String sku = Json.text(line.get("sku"));
                    String quantity = Json.text(line.get("quantity"));
                    if (sku != null && !sku.isBlank() && quantity != null) {
                        lines.add(new OpenOrderLine(orderKey, sku, new BigDecimal(quantity)));
                    }
                }
            }
            boolean more = list.totalPages() >= 0 ? page < list.totalPages() : list.items().size() >= 100;
            if (!more) {
                return lines;
            }
        }
    }

    /**
     * PST-4: WooCommerce has no attachment on orders. The PDF goes to the WordPress media library
     * ({@code wp/v2/media}), and the order gets a customer-visible note with its link and the
     * {@code _erp_invoice_url} meta, which "my account" templates can show.
     */
    @Override
    public WriteResult attachFile(String entity, String targetId, FileContent file) {
        if (resource(entity) != WooResource.ORDER) {
            return WriteResult.failed(targetId, "files attach to woocommerce.order only", false);
        }
        try {
            Map<String, @Nullable Object> media = client.upload("wp/v2/media", file.name(), file.contentType(), file.bytes());
            String url = Objects.toString(media.get("source_url"), "");
            client.post(WooResource.ORDER_NOTE.path(targetId),
                    Map.of("note", "Invoice " + file.name() + ": " + url, "customer_note", true));
            client.put(WooResource.ORDER.path() + "/" + targetId,
                    Map.of("meta_data", List.of(Map.of("key", "_erp_invoice_url", "value", url))));
            return WriteResult.updated(targetId, targetId);
        } catch (ConnectorException e) {
            return WriteResult.failed(targetId, e.getMessage(), e.retryable());
        }
    }

    /** ART-7: every meta key seen on the first page of products, as custom fields. */
    @Override
    public List<FieldSchema> discoverFields(String entity) {
        WooResource resource = resource(entity);
        if (resource != WooResource.PRODUCT && resource != WooResource.CUSTOMER && resource != WooResource.ORDER) {
            return List.of();
        }
        TreeSet<String> keys = new TreeSet<>();
        client.list(resource.path(), Map.of("per_page", "100")).items().forEach(item ->
                Json.list(item.get("meta_data")).forEach(m -> keys.add(Objects.toString(Json.object(m).get("key"), ""))));
        return keys.stream().filter(k -> !k.isBlank())
                .map(k -> new FieldSchema("meta_data[key=" + k + "].value", FieldType.ANY, false, "meta " + k, null, true))
                .toList();
    }

    @Override
    public void close() {
        // Nothing to log out of: every call carries the consumer key.
    }

    private static WooResource resource(String entity) {
        return WooResource.of(entity).orElseThrow(() -> new ConnectorException(WooCommerceClient.SYSTEM,
                "entity", 0, false, "unknown entity '" + entity + "'"));
    }

    private static ConnectorException unsupported(String entity, String field) {
        return new ConnectorException(WooCommerceClient.SYSTEM, "findId", 0, false,
                entity + " cannot be looked up by '" + field + "'");
    }
}
