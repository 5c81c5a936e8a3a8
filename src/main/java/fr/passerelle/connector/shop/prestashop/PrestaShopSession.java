package fr.passerelle.connector.shop.prestashop;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.FileContent;
import fr.passerelle.connector.Page;
import fr.passerelle.connector.ReadRequest;
import fr.passerelle.connector.ShopSession;
import fr.passerelle.connector.WriteRequest;
import fr.passerelle.connector.WriteResult;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One run's session on a PrestaShop shop. Reads page with {@code limit=offset,N} (the webservice
 * gives no total: a short page is the last), sorted by id, or by {@code date_upd} when reading since
 * a watermark ({@code filter[date_upd]=[from,...]&date=1}, in the shop's time zone).
 */
final class PrestaShopSession implements ShopSession {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final PrestaShopClient client;
    private final PsLookup lookup;
    private final PsWriter writer;
    private final ZoneId zone;

    PrestaShopSession(ConnectionSettings settings) {
        this.client = new PrestaShopClient(settings);
        this.lookup = new PsLookup(client);
        this.writer = new PsWriter(client, lookup);
        this.zone = ZoneId.of(settings.option("timeZone").orElse("Europe/Paris"));
    }

    @Override
    public Page read(String entity, ReadRequest request) {
        PsEntity e = entity(entity);
        Map<String, String> params = new LinkedHashMap<>(parse(request.filter()));
        int offset = request.cursor() == null ? 0 : Integer.parseInt(request.cursor());
        params.put("limit", offset + "," + request.pageSize());
        if (request.modifiedSince() != null) {
            String from = LocalDateTime.ofInstant(request.modifiedSince(), zone).format(DATE);
            params.put("filter[date_upd]", "[" + from + ",9999-12-31 23:59:59]");
            params.put("date", "1");
            params.put("sort", "[date_upd_ASC,id_ASC]");
        } else {
            params.putIfAbsent("sort", "[id_ASC]");
        }
        List<CanonicalRecord> records = client.list(e.resource, params).stream()
                .map(fields -> new CanonicalRecord(e.entity(), PsValues.text(fields.get("id")), fields,
                        instant(fields.getOrDefault("date_upd", fields.get("date_add"))))).toList();
        String next = records.size() < request.pageSize() ? null : Integer.toString(offset + records.size());
        if (e == PsEntity.PROSPECT && !records.isEmpty()) {
            records = withoutOrders(records);
        }
        if (e == PsEntity.ORDER && !records.isEmpty()) {
            records = withDetails(records);
        }
        if (e == PsEntity.PAYMENT) {
            // the order's reference under the order's own name, so that a payment finds the order imported for it
            records = records.stream().map(p -> {
                Map<String, @Nullable Object> fields = new LinkedHashMap<>(p.fields());
                fields.putIfAbsent("reference", fields.get("order_reference"));
                return new CanonicalRecord(p.entity(), p.key(), fields, p.modifiedAt());
            }).toList();
        }
        return new Page(records, next, -1);
    }

    /**
     * Issue 11: {@code /api/orders} alone gives an order without its addresses, customer, payments
     * and cart rules (only their ids). They are read for the whole page, one call per resource
     * ({@code filter[id]=[a|b|c]}), and added to each order as {@code address_invoice},
     * {@code address_delivery}, {@code customer}, {@code payments} and {@code cart_rules}.
     */
    private List<CanonicalRecord> withDetails(List<CanonicalRecord> orders) {
        java.util.Set<String> addressIds = new java.util.LinkedHashSet<>();
        java.util.Set<String> customerIds = new java.util.LinkedHashSet<>();
        java.util.Set<String> references = new java.util.LinkedHashSet<>();
        for (CanonicalRecord o : orders) {
            addressIds.add(PsValues.text(o.fields().get("id_address_invoice")));
            addressIds.add(PsValues.text(o.fields().get("id_address_delivery")));
            customerIds.add(PsValues.text(o.fields().get("id_customer")));
            references.add(PsValues.text(o.fields().get("reference")));
        }
        Map<String, Map<String, @Nullable Object>> addresses = byField("addresses", "id", "id", addressIds);
        Map<String, Map<String, @Nullable Object>> customers = byField("customers", "id", "id", customerIds);
        Map<String, List<Map<String, @Nullable Object>>> payments = groupBy("order_payments", "order_reference", references);
        Map<String, List<Map<String, @Nullable Object>>> cartRules = groupBy("order_cart_rules", "id_order",
                orders.stream().map(CanonicalRecord::key).toList());
        List<CanonicalRecord> detailed = new java.util.ArrayList<>(orders.size());
        for (CanonicalRecord o : orders) {
            Map<String, @Nullable Object> fields = new LinkedHashMap<>(o.fields());
            fields.put("address_invoice", addresses.get(PsValues.text(o.fields().get("id_address_invoice"))));
            fields.put("address_delivery", addresses.get(PsValues.text(o.fields().get("id_address_delivery"))));
            Map<String, @Nullable Object> customer = customers.get(PsValues.text(o.fields().get("id_customer")));
            if (customer != null) {
                customer = new LinkedHashMap<>(customer);
                customer.remove("passwd"); // never carried into a payload or a run's history
            }
            fields.put("customer", customer);
            fields.put("payments", payments.getOrDefault(PsValues.text(o.fields().get("reference")), List.of()));
            fields.put("cart_rules", cartRules.getOrDefault(o.key(), List.of()));
            detailed.add(new CanonicalRecord(o.entity(), o.key(), fields, o.modifiedAt()));
        }
        return detailed;
    }

    private Map<String, Map<String, @Nullable Object>> byField(String resource, String filter, String key,
            java.util.Collection<String> values) {
        Map<String, Map<String, @Nullable Object>> out = new LinkedHashMap<>();
        groupBy(resource, filter, values).forEach((k, list) -> out.put(k, list.getFirst()));
        return out;
    }

    private Map<String, List<Map<String, @Nullable Object>>> groupBy(String resource, String field,
            java.util.Collection<String> values) {
        Map<String, List<Map<String, @Nullable Object>>> out = new LinkedHashMap<>();
        List<String> wanted = values.stream().filter(v -> !v.isEmpty()).distinct().toList();
        if (wanted.isEmpty()) {
            return out;
        }
        for (Map<String, @Nullable Object> row : client.list(resource, Map.of("filter[" + field + "]",
                "[" + String.join("|", wanted) + "]", "display", "full"))) {
            out.computeIfAbsent(PsValues.text(row.get(field)), k -> new java.util.ArrayList<>()).add(row);
        }
        return out;
    }

    /** PRO-1: the customers of the page who never ordered (one orders query for the whole page). */
    private List<CanonicalRecord> withoutOrders(List<CanonicalRecord> customers) {
        String ids = String.join("|", customers.stream().map(CanonicalRecord::key).toList());
        java.util.Set<String> buyers = new java.util.HashSet<>();
        client.list(PsEntity.ORDER.resource, Map.of("filter[id_customer]", "[" + ids + "]", "display", "[id,id_customer]"))
                .forEach(o -> buyers.add(PsValues.text(o.get("id_customer"))));
        return customers.stream().filter(c -> !buyers.contains(c.key()))
                .map(c -> new CanonicalRecord(PsEntity.PROSPECT.entity(), c.key(), c.fields(), c.modifiedAt())).toList();
    }

    private @Nullable Instant instant(@Nullable Object value) {
        try {
            String text = PsValues.text(value);
            return text.isEmpty() || text.startsWith("0000") ? null : LocalDateTime.parse(text, DATE).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public List<WriteResult> write(String entity, List<WriteRequest> batch) {
        return writer.write(entity(entity), batch);
    }

    @Override
    public Optional<String> findId(String entity, String matchField, String value) {
        PsEntity e = entity(entity);
        if (e == PsEntity.CATEGORY && matchField.equals("path")) {
            return Optional.of(lookup.categoryPath(value));
        }
        if (e == PsEntity.STOCK || e == PsEntity.PRICE) {
            e = PsEntity.PRODUCT;
        }
        // "sku" is what the other shops call it; PrestaShop's SKU is the reference.
        return lookup.idBy(e, matchField.equals("sku") ? "reference" : matchField, value);
    }

    /**
     * PST-4: the webservice cannot attach a file to an order; the invoice is sent as a link in an
     * order message ({@code prestashop.order_message}) once the ERP has published it.
     */
    @Override
    public WriteResult attachFile(String entity, String targetId, FileContent file) {
        return WriteResult.failed(targetId, "the PrestaShop webservice takes no order attachment: write the invoice link "
                + "as a prestashop.order_message", false);
    }

    @Override
    public void close() {
        // Every call carries the key: nothing to log out of.
    }

    private static Map<String, String> parse(@Nullable String filter) {
        Map<String, String> params = new LinkedHashMap<>();
        if (filter != null && !filter.isBlank()) {
            for (String pair : filter.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    private static PsEntity entity(String entity) {
        return PsEntity.of(entity).orElseThrow(() -> new ConnectorException(PrestaShopClient.SYSTEM, "entity", 0, false,
                "unknown entity '" + entity + "'"));
    }
}
