package fr.passerelle.connector.shop.shopify;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.Page;
import fr.passerelle.connector.http.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Large catalogue reads through a bulk operation: {@code bulkOperationRunQuery}, poll
 * {@code currentBulkOperation} until COMPLETED, download the JSONL and put each variant line
 * ({@code __parentId}) back under its product. No cost per record and no paging: one page.
 */
final class ShopifyBulkReader {

    private static final String PRODUCTS = "{ products%s { edges { node { id title handle status vendor productType tags updatedAt"
            + " variants { edges { node { id sku barcode price compareAtPrice inventoryQuantity } } } } } } }";

    private final ShopifyClient client;
    private final Duration poll;

    ShopifyBulkReader(ShopifyClient client, Duration poll) {
        this.client = client;
        this.poll = poll;
    }

    Page products(@Nullable String searchQuery) {
        String query = String.format(PRODUCTS, searchQuery == null ? "" : "(query: " + Json.write(searchQuery) + ")");
        Map<String, @Nullable Object> run = Json.object(client.run("bulkOperationRunQuery", ShopifyDocuments.BULK_RUN,
                Map.of("query", query)).get("bulkOperationRunQuery"));
        String errors = ShopifyClient.userErrors(run);
        if (errors != null) {
            throw new ConnectorException(ShopifyClient.SYSTEM, "bulkOperationRunQuery", 200, errors.contains("IN_PROGRESS"), errors);
        }
        Map<String, @Nullable Object> operation;
        while (true) {
            operation = Json.object(client.run("currentBulkOperation", ShopifyDocuments.BULK_POLL, Map.of()).get("currentBulkOperation"));
            String status = String.valueOf(operation.get("status"));
            if (status.equals("COMPLETED")) {
                break;
            }
            if (!status.equals("CREATED") && !status.equals("RUNNING")) {
                throw new ConnectorException(ShopifyClient.SYSTEM, "bulk operation", 200, status.equals("FAILED"),
                        "bulk operation " + status + " (" + operation.get("errorCode") + ")");
            }
            client.sleep(poll, "bulk operation");
        }
        Object url = operation.get("url");
        if (url == null) {
            return new Page(List.of(), null, 0); // no record matched: Shopify gives no file
        }
        Map<String, Map<String, @Nullable Object>> products = new LinkedHashMap<>();
        for (String line : client.download(url.toString()).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, @Nullable Object> object = new LinkedHashMap<>(Json.object(Json.parse(line)));
            Object parent = object.remove("__parentId");
            if (parent == null) {
                object.put("variants", new ArrayList<>());
                products.put(String.valueOf(object.get("id")), object);
            } else if (products.containsKey(String.valueOf(parent))) {
                Json.list(products.get(String.valueOf(parent)).get("variants")).add(object);
            }
        }
        List<CanonicalRecord> records = products.values().stream()
                .map(p -> new CanonicalRecord(ShopifyEntity.PRODUCT.entity(), Objects.toString(p.get("id")), p,
                        ShopifyReader.instant(p.get("updatedAt")))).toList();
        return new Page(records, null, records.size());
    }
}
