package fr.passerelle.connector.shop.shopify;

import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.FileContent;
import fr.passerelle.connector.Page;
import fr.passerelle.connector.ReadRequest;
import fr.passerelle.connector.ShopSession;
import fr.passerelle.connector.WriteRequest;
import fr.passerelle.connector.WriteResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import java.util.Optional;

/** One run's session on a Shopify shop: its bucket view, location and collection caches. */
final class ShopifySession implements ShopSession {

    /** Reads asking for more than a connection page can hold go through a bulk operation. */
    static final int BULK_THRESHOLD = 250;

    private final ShopifyReader reader;
    private final ShopifyBulkReader bulk;
    private final ShopifyWriter writer;
    private final ShopifyInventory inventory;
    private final ShopifyOrders orders;
    private final ShopifyCollections collections;
    private final ShopifyLookup lookup;
    private final ShopifyClient client;

    ShopifySession(ConnectionSettings settings) {
        ShopifyClient client = new ShopifyClient(settings);
        this.client = client;
        this.lookup = new ShopifyLookup(client);
        this.collections = new ShopifyCollections(client, lookup);
        this.reader = new ShopifyReader(client);
        this.bulk = new ShopifyBulkReader(client, Duration.ofMillis(settings.option("bulk.pollMillis").map(Long::parseLong).orElse(1000L)));
        this.writer = new ShopifyWriter(client, lookup, collections);
        this.inventory = new ShopifyInventory(client, lookup);
        this.orders = new ShopifyOrders(client);
    }

    @Override
    public Page read(String entity, ReadRequest request) {
        ShopifyEntity e = entity(entity);
        if (e == ShopifyEntity.PRODUCT && request.pageSize() > BULK_THRESHOLD && request.cursor() == null) {
            String query = request.modifiedSince() == null ? request.filter()
                    : (request.filter() == null ? "" : request.filter() + " AND ") + "updated_at:>='" + request.modifiedSince() + "'";
            return bulk.products(query);
        }
        return reader.read(e, request);
    }

    /** The one order a webhook named, by its numeric id ({@code id:} search term); several keys page instead. */
    @Override
    public Optional<Page> readKeys(String entity, java.util.Collection<String> keys, @org.jspecify.annotations.Nullable String filter) {
        ShopifyEntity e = entity(entity);
        if (e != ShopifyEntity.ORDER || keys.size() != 1 || !keys.iterator().next().matches("gid://shopify/Order/\\d+")) {
            return Optional.empty();
        }
        String key = keys.iterator().next();
        String byId = "id:" + key.substring(key.lastIndexOf('/') + 1);
        String query = filter == null || filter.isBlank() ? byId : filter + " AND " + byId;
        return Optional.of(reader.read(e, new ReadRequest(query, null, 10, null, List.of())));
    }

    @Override
    public List<String> orderWebhookTopics() {
        return List.of("ORDERS_CREATE", "ORDERS_UPDATED");
    }

    private static final String WEBHOOKS = "query Webhooks { webhookSubscriptions(first: 100) { nodes { id topic uri } } }";
    private static final String SUBSCRIBE = "mutation Subscribe($topic: WebhookSubscriptionTopic!, $uri: String!) {"
            + " webhookSubscriptionCreate(topic: $topic, webhookSubscription: {uri: $uri, format: JSON}) {"
            + " webhookSubscription { id topic uri } userErrors { field message } } }";

    @Override
    public List<fr.passerelle.connector.WebhookSubscription> webhooks() {
        List<fr.passerelle.connector.WebhookSubscription> hooks = new ArrayList<>();
        for (Object node : fr.passerelle.connector.http.Json.list(fr.passerelle.connector.http.Json.object(
                client.run("webhooks", WEBHOOKS, java.util.Map.of()).get("webhookSubscriptions")).get("nodes"))) {
            hooks.add(webhook(fr.passerelle.connector.http.Json.object(node)));
        }
        return hooks;
    }

    /**
     * {@code webhookSubscriptionCreate} ({@code uri}, API 2025-04 and later). Shopify signs with the
     * app's client secret, not one given here, and deletes a subscription that keeps failing rather
     * than disabling it: subscribing again is creating it again.
     */
    @Override
    public fr.passerelle.connector.WebhookSubscription subscribe(String topic, String callbackUrl, String secret) {
        for (fr.passerelle.connector.WebhookSubscription hook : webhooks()) {
            if (hook.topic().equals(topic) && hook.callbackUrl().equals(callbackUrl)) {
                return hook;
            }
        }
        java.util.Map<String, @org.jspecify.annotations.Nullable Object> payload = fr.passerelle.connector.http.Json.object(
                client.run("webhookSubscriptionCreate", SUBSCRIBE, java.util.Map.of("topic", topic, "uri", callbackUrl))
                        .get("webhookSubscriptionCreate"));
        String errors = ShopifyClient.userErrors(payload);
        if (errors != null) {
            throw new ConnectorException(ShopifyClient.SYSTEM, "webhookSubscriptionCreate", 200, false, errors);
        }
        return webhook(fr.passerelle.connector.http.Json.object(payload.get("webhookSubscription")));
    }

    private static fr.passerelle.connector.WebhookSubscription webhook(java.util.Map<String, ?> node) {
        return new fr.passerelle.connector.WebhookSubscription(String.valueOf(node.get("id")), String.valueOf(node.get("topic")),
                String.valueOf(node.get("uri")), "active");
    }

    @Override
    public List<WriteResult> write(String entity, List<WriteRequest> batch) {
        return switch (entity(entity)) {
            case PRODUCT -> writer.products(batch);
            case CUSTOMER -> writer.customers(batch);
            case STOCK -> inventory.stock(batch);
            case PRICE, VARIANT -> inventory.prices(batch);
            case COLLECTION -> collections(batch);
            case ORDER -> orders.update(batch);
            case FULFILLMENT -> orders.fulfill(batch);
            case LOCATION, PROSPECT, PAYMENT -> batch.stream()
                    .map(r -> WriteResult.failed(r.key(), entity + " is read-only", false)).toList();
        };
    }

    /** A collection write carries {@code path} ("A > B > C"): each level is found or created. */
    private List<WriteResult> collections(List<WriteRequest> batch) {
        List<WriteResult> results = new ArrayList<>();
        for (WriteRequest request : batch) {
            Object path = request.payload().getOrDefault("path", request.payload().get("title"));
            try {
                if (path == null) {
                    throw new IllegalArgumentException("path (or title) is missing");
                }
                String id = collections.collectionId(path.toString());
                results.add(id.equals(request.targetId()) ? WriteResult.updated(request.key(), id) : WriteResult.created(request.key(), id));
            } catch (RuntimeException e) {
                results.add(WriteResult.failed(request.key(), String.valueOf(e.getMessage()),
                        e instanceof ConnectorException c && c.retryable()));
            }
        }
        return results;
    }

    @Override
    public Optional<String> findId(String entity, String matchField, String value) {
        ShopifyEntity e = entity(entity);
        return switch (e) {
            case PRODUCT, STOCK, PRICE, VARIANT -> {
                require(matchField, "sku", entity);
                ShopifyLookup.Variant v = lookup.variantsBySku(List.of(value)).get(value);
                yield Optional.ofNullable(v == null ? null : e == ShopifyEntity.PRODUCT ? v.productId() : v.id());
            }
            case CUSTOMER -> {
                require(matchField, "email", entity);
                yield lookup.customerByEmail(value);
            }
            case COLLECTION -> {
                require(matchField, "handle", entity);
                yield lookup.collectionByHandle(value);
            }
            default -> throw new ConnectorException(ShopifyClient.SYSTEM, "findId", 0, false, entity + " cannot be looked up");
        };
    }

    /**
     * PST-4: the Admin API has no attachment on orders; a file must first be hosted (the ERP's
     * document link) and its URL written to an order metafield through {@code shopify.order}.
     */
    @Override
    public WriteResult attachFile(String entity, String targetId, FileContent file) {
        return WriteResult.failed(targetId, "Shopify orders take no attachment: write the invoice URL to the order metafield "
                + "'passerelle.invoice_url' with shopify.order", false);
    }

    @Override
    public void close() {
        // Tokens do not log out.
    }

    private static void require(String matchField, String expected, String entity) {
        if (!matchField.equals(expected)) {
            throw new ConnectorException(ShopifyClient.SYSTEM, "findId", 0, false, entity + " is looked up by " + expected);
        }
    }

    private static ShopifyEntity entity(String entity) {
        return ShopifyEntity.of(entity).orElseThrow(() -> new ConnectorException(ShopifyClient.SYSTEM, "entity", 0, false,
                "unknown entity '" + entity + "'"));
    }

}
