package fr.passerelle.sandbox.shop.woocommerce;

import fr.passerelle.sandbox.SandboxRequest;
import fr.passerelle.sandbox.SandboxResponse;
import fr.passerelle.sandbox.shop.ShopJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The REST verbs WordPress gives every WooCommerce resource: list with paging headers, read,
 * create (201), update (PUT/PATCH/POST on the item), delete ({@code force=true}) and {@code /batch}.
 */
final class WooRest {

    /** {@code woocommerce_rest_batch_items_limit}'s default. */
    static final int BATCH_LIMIT = 100;

    private WooRest() {
    }

    static SandboxResponse collection(SandboxRequest request, String base, WooCollection records,
            Map<String, String> scope, UnaryOperator<Map<String, @Nullable Object>> onCreate) {
        return switch (request.method()) {
            case "GET" -> list(request, base, records, scope);
            case "POST" -> {
                Map<String, @Nullable Object> body = onCreate.apply(body(request));
                yield SandboxResponse.json(201, ShopJson.write(records.create(body)));
            }
            default -> noRoute();
        };
    }

    static SandboxResponse item(SandboxRequest request, WooCollection records, long id) {
        return switch (request.method()) {
            case "GET" -> {
                Map<String, @Nullable Object> record = records.get(id);
                if (record == null) {
                    throw WooError.invalidId(records.what);
                }
                yield SandboxResponse.json(200, ShopJson.write(record));
            }
            case "PUT", "PATCH", "POST" -> SandboxResponse.json(200, ShopJson.write(records.update(id, body(request))));
            case "DELETE" -> {
                Map<String, @Nullable Object> record = records.get(id);
                if (record == null) {
                    throw WooError.invalidId(records.what);
                }
                if (!"true".equals(request.param("force").orElse(""))) {
                    throw new WooError(501, "woocommerce_rest_trash_not_supported",
                            "Resource does not support trashing. Set 'force' to 'true'.");
                }
                records.delete(id);
                yield SandboxResponse.json(200, ShopJson.write(record));
            }
            default -> noRoute();
        };
    }

    static SandboxResponse batch(SandboxRequest request, WooCollection records,
            UnaryOperator<Map<String, @Nullable Object>> onCreate) {
        if (!request.method().equals("POST") && !request.method().equals("PUT") && !request.method().equals("PATCH")) {
            return noRoute();
        }
        Map<String, @Nullable Object> body = body(request);
        List<@Nullable Object> creates = ShopJson.list(body.get("create"));
        List<@Nullable Object> updates = ShopJson.list(body.get("update"));
        List<@Nullable Object> deletes = ShopJson.list(body.get("delete"));
        if (creates.size() + updates.size() + deletes.size() > BATCH_LIMIT) {
            throw new WooError(413, "woocommerce_rest_request_entity_too_large",
                    "Unable to accept more than " + BATCH_LIMIT + " items for this request.");
        }
        Map<String, @Nullable Object> answer = new LinkedHashMap<>();
        if (body.containsKey("create")) {
            List<@Nullable Object> out = new ArrayList<>();
            for (Object item : creates) {
                out.add(attempt(null, () -> records.create(onCreate.apply(ShopJson.object(item)))));
            }
            answer.put("create", out);
        }
        if (body.containsKey("update")) {
            List<@Nullable Object> out = new ArrayList<>();
            for (Object item : updates) {
                Map<String, @Nullable Object> fields = ShopJson.object(item);
                String id = ShopJson.text(fields.get("id"));
                out.add(attempt(id, () -> {
                    if (id == null) {
                        throw WooError.invalidId(records.what);
                    }
                    return records.update(Long.parseLong(id), fields);
                }));
            }
            answer.put("update", out);
        }
        if (body.containsKey("delete")) {
            List<@Nullable Object> out = new ArrayList<>();
            for (Object id : deletes) {
                long value = Long.parseLong(String.valueOf(ShopJson.text(id)));
                out.add(attempt(String.valueOf(value), () -> {
                    Map<String, @Nullable Object> record = records.get(value);
                    if (record == null || !records.delete(value)) {
                        throw WooError.invalidId(records.what);
                    }
                    return record;
                }));
            }
            answer.put("delete", out);
        }
        return SandboxResponse.json(200, ShopJson.write(answer));
    }

    /** A failed batch item: {@code {"id": 0 | id, "error": {...}}} inside an HTTP 200. */
    private static Map<String, @Nullable Object> attempt(@Nullable String id,
            java.util.function.Supplier<Map<String, @Nullable Object>> write) {
        try {
            return write.get();
        } catch (WooError e) {
            Map<String, @Nullable Object> failed = new LinkedHashMap<>();
            failed.put("id", id == null ? java.math.BigDecimal.ZERO : new java.math.BigDecimal(id));
            failed.put("error", e.body());
            return failed;
        }
    }

    private static SandboxResponse list(SandboxRequest request, String base, WooCollection records,
            Map<String, String> scope) {
        Map<String, String> query = new LinkedHashMap<>();
        request.query().forEach((k, v) -> query.put(k, v.getFirst()));
        query.putAll(scope);
        int perPage = intParam(query, "per_page", 10);
        int page = intParam(query, "page", 1);
        if (perPage < 1 || perPage > 100) {
            throw WooError.invalidParam("per_page");
        }
        if (page < 1) {
            throw WooError.invalidParam("page");
        }
        List<Map<String, @Nullable Object>> all = new ArrayList<>(records.list(query));
        if ("desc".equalsIgnoreCase(query.getOrDefault("order", base.contains("/products/categories") ? "asc" : "desc"))) {
            java.util.Collections.reverse(all);
        }
        int total = all.size();
        int pages = (int) Math.ceil(total / (double) perPage);
        int from = Math.min(total, (page - 1) * perPage);
        List<Map<String, @Nullable Object>> slice = all.subList(from, Math.min(total, from + perPage));
        SandboxResponse response = SandboxResponse.json(200, ShopJson.write(slice))
                .withHeader("X-WP-Total", Integer.toString(total))
                .withHeader("X-WP-TotalPages", Integer.toString(pages));
        List<String> links = new ArrayList<>();
        if (page > 1) {
            links.add("<" + base + "?page=" + (page - 1) + "&per_page=" + perPage + ">; rel=\"prev\"");
        }
        if (page < pages) {
            links.add("<" + base + "?page=" + (page + 1) + "&per_page=" + perPage + ">; rel=\"next\"");
        }
        return links.isEmpty() ? response : response.withHeader("Link", String.join(", ", links));
    }

    private static int intParam(Map<String, String> query, String name, int fallback) {
        try {
            return query.containsKey(name) ? Integer.parseInt(query.get(name)) : fallback;
        } catch (NumberFormatException e) {
            throw WooError.invalidParam(name);
        }
    }

    static Map<String, @Nullable Object> body(SandboxRequest request) {
        String text = request.bodyText();
        if (text.isBlank()) {
            return new LinkedHashMap<>();
        }
        try {
            return ShopJson.object(ShopJson.parse(text));
        } catch (RuntimeException e) {
            throw new WooError(400, "rest_invalid_json", "Invalid JSON body passed.");
        }
    }

    static SandboxResponse noRoute() {
        return new WooError(404, "rest_no_route", "No route was found matching the URL and request method.").response();
    }
}
