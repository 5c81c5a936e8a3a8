package fr.passerelle.connector.shop.shopify;

import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.WriteRequest;
import fr.passerelle.connector.WriteResult;
import fr.passerelle.connector.http.Json;
import fr.passerelle.connector.http.Payloads;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Products and customers, several per request: one GraphQL document carries up to
 * {@value #PER_REQUEST} aliased mutations ({@code p0: productSet(...) p1: ...}), each answering its
 * own {@code userErrors}, so one refused record fails alone. Creates adopt the existing record first
 * (product by SKU, customer by e-mail): Shopify has no SKU uniqueness to stop duplicates.
 */
final class ShopifyWriter {

    static final int PER_REQUEST = 10;

    private final ShopifyClient client;
    private final ShopifyLookup lookup;
    private final ShopifyCollections collections;

    ShopifyWriter(ShopifyClient client, ShopifyLookup lookup, ShopifyCollections collections) {
        this.client = client;
        this.lookup = lookup;
        this.collections = collections;
    }

    private record Prepared(int index, String key, @Nullable String id, Map<String, @Nullable Object> input) {
    }

    List<WriteResult> products(List<WriteRequest> requests) {
        @Nullable WriteResult[] results = new WriteResult[requests.size()];
        List<Prepared> prepared = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            WriteRequest request = requests.get(i);
            try {
                prepared.add(new Prepared(i, request.key(), request.targetId(), ShopifyProductInput.from(
                        Payloads.expand(request.payload()), collections)));
            } catch (RuntimeException e) {
                results[i] = WriteResult.failed(request.key(), String.valueOf(e.getMessage()), e instanceof ConnectorException c && c.retryable());
            }
        }
        Map<String, ShopifyLookup.Variant> existing = lookup.variantsBySku(prepared.stream().filter(p -> p.id() == null)
                .map(p -> ShopifyProductInput.sku(p.input())).filter(Objects::nonNull).toList());
        List<Prepared> adopted = prepared.stream().map(p -> {
            ShopifyLookup.Variant v = p.id() == null ? existing.get(ShopifyProductInput.sku(p.input())) : null;
            return new Prepared(p.index(), p.key(), v == null ? p.id() : v.productId(), p.input());
        }).toList();
        send(adopted, "productSet", "ProductSetInput!", "product", ", synchronous: true", ShopifyDocuments.PRODUCT_SET_RESULT, results);
        return List.of(results).stream().map(Objects::requireNonNull).toList();
    }

    List<WriteResult> customers(List<WriteRequest> requests) {
        @Nullable WriteResult[] results = new WriteResult[requests.size()];
        List<Prepared> creates = new ArrayList<>();
        List<Prepared> updates = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            WriteRequest request = requests.get(i);
            Map<String, @Nullable Object> input = ShopifyProductInput.metafieldDefaults(Payloads.expand(request.payload()));
            if (input.remove("address") instanceof Map<?, ?> address && !input.containsKey("addresses")) {
                input.put("addresses", List.of(address));
            }
            String id = request.targetId();
            String email = Json.text(input.get("email"));
            try {
                if (id == null && email != null) {
                    id = lookup.customerByEmail(email).orElse(null);
                }
            } catch (ConnectorException e) {
                results[i] = WriteResult.failed(request.key(), e.getMessage(), e.retryable());
                continue;
            }
            (id == null ? creates : updates).add(new Prepared(i, request.key(), id, input));
        }
        String result = "{ customer { id email } userErrors { field message } }";
        send(creates, "customerCreate", "CustomerInput!", "customer", "", result, results);
        send(updates, "customerUpdate", "CustomerInput!", "customer", "", result, results);
        return List.of(results).stream().map(Objects::requireNonNull).toList();
    }

    /** Sends aliased mutations, {@value #PER_REQUEST} per document, and reads each alias's answer. */
    private void send(List<Prepared> items, String mutation, String inputType, String resultField, String extraArgs,
            String selection, @Nullable WriteResult[] results) {
        for (int from = 0; from < items.size(); from += PER_REQUEST) {
            List<Prepared> chunk = items.subList(from, Math.min(items.size(), from + PER_REQUEST));
            StringBuilder variablesDecl = new StringBuilder();
            StringBuilder body = new StringBuilder();
            Map<String, @Nullable Object> variables = new LinkedHashMap<>();
            for (int i = 0; i < chunk.size(); i++) {
                Prepared item = chunk.get(i);
                Map<String, @Nullable Object> input = new LinkedHashMap<>(item.input());
                if (item.id() != null) {
                    input.put("id", item.id());
                }
                variables.put("i" + i, input);
                variablesDecl.append(i == 0 ? "" : ", ").append("$i").append(i).append(": ").append(inputType);
                body.append(" m").append(i).append(": ").append(mutation).append("(input: $i").append(i).append(extraArgs)
                        .append(") ").append(selection);
            }
            String document = "mutation Write(" + variablesDecl + ") {" + body + " }";
            try {
                Map<String, @Nullable Object> data = client.run(mutation, document, variables);
                for (int i = 0; i < chunk.size(); i++) {
                    Prepared item = chunk.get(i);
                    Map<String, @Nullable Object> payload = Json.object(data.get("m" + i));
                    String errors = ShopifyClient.userErrors(payload);
                    String id = Json.text(Json.object(payload.get(resultField)).get("id"));
                    results[item.index()] = errors != null || id == null
                            ? WriteResult.failed(item.key(), errors == null ? "no " + resultField + " in the answer" : errors, false)
                            : item.id() == null ? WriteResult.created(item.key(), id) : WriteResult.updated(item.key(), id);
                }
            } catch (ConnectorException e) {
                chunk.forEach(item -> results[item.index()] = WriteResult.failed(item.key(), e.getMessage(), e.retryable()));
            }
        }
    }
}
