package fr.passerelle.connector.shop.shopify;

import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.ConnectorDescriptor;
import fr.passerelle.connector.ConnectorKind;
import fr.passerelle.connector.FieldSchema;
import fr.passerelle.connector.FieldType;
import fr.passerelle.connector.ShopConnector;
import fr.passerelle.connector.ShopSession;
import fr.passerelle.connector.http.Json;
import fr.passerelle.connector.http.Payloads;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Shopify (Admin GraphQL). Credential {@code accessToken}; options {@code apiVersion} (default
 * 2026-07), {@code retry.*}, {@code timeoutSeconds}, {@code bulk.pollMillis}. Not supported, as
 * the core API has no such concept: group and per-customer prices (PRC-5/6, B2B price lists are
 * Plus-only), invoice attachments (PST-4 goes through an order metafield link).
 */
public final class ShopifyConnector implements ShopConnector {

    static final Set<String> FEATURES = Set.of("CAT-1", "CAT-2", "CAT-3",
            "ART-1", "ART-2", "ART-3", "ART-5", "ART-6", "ART-7", "ART-8", "ART-12", "ART-13", "ART-14",
            "ART-15", "ART-16", "ART-17", "ART-18",
            "STK-1", "STK-3", "STK-4", "STK-5", "STK-6", 
            "PRC-1", "PRC-2", "PRC-3", "PRC-4", "PRC-7", "PRC-8",
            "CUS-1", "CUS-2", "CUS-3", "CUS-4", "CUS-5", "CUS-8", "CUS-9", "CUS-10",
            "CIM-1", "CIM-2", "ORD-4", "ORD-5", "ORD-6", "ORD-7", "ORD-8", "ORD-9", "ORD-10", "ORD-14",
            "PST-1", "PST-2", "PST-3", "PAY-1", "PAY-2", "PAY-4", "PRO-1", "B2B-1", "B2B-2");

    private static final ConnectorDescriptor DESCRIPTOR = new ConnectorDescriptor("shopify", "Shopify", ConnectorKind.SHOP,
            Set.of("categories", "products", "stock", "prices", "customers", "orders", "payments", "order-status", "prospects"),
            FEATURES, ShopifySchemas.all(),
            List.of(FieldSchema.required("url", FieldType.STRING, "shop URL (https://<shop>.myshopify.com)"),
                    FieldSchema.required("accessToken", FieldType.STRING, "Admin API access token (shpat_...)"),
                    FieldSchema.of("apiVersion", FieldType.STRING, "API version, e.g. 2026-07")));

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** Shopify's product limits (productSet refuses more, after maybe writing part of it). */
    static final int MAX_VARIANTS = 2048;
    static final int MAX_OPTIONS = 3;
    static final int MAX_TITLE = 255;

    /**
     * A product that Shopify cannot hold is skipped whole before any call: more than 2,048
     * variants, more than 3 options, a title longer than 255 characters.
     */
    @Override
    public List<String> limitViolations(String entity, Map<String, ? extends Object> payload) {
        if (ShopifyEntity.of(entity).orElse(null) != ShopifyEntity.PRODUCT) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        Map<String, @Nullable Object> product = Payloads.expand((Map<String, @Nullable Object>) payload);
        List<String> violations = new ArrayList<>();
        if (product.get("title") instanceof String title && title.length() > MAX_TITLE) {
            violations.add("title has " + title.length() + " characters, Shopify accepts at most " + MAX_TITLE);
        }
        List<@Nullable Object> variants = Json.list(product.get("variants"));
        if (variants.size() > MAX_VARIANTS) {
            violations.add(variants.size() + " variants, Shopify accepts at most " + MAX_VARIANTS + " per product");
        }
        Set<String> options = new LinkedHashSet<>();
        for (Object o : Json.list(product.get("productOptions"))) {
            options.add(String.valueOf(Json.object(o).get("name")));
        }
        for (Object v : variants) {
            for (Object o : Json.list(Json.object(v).get("optionValues"))) {
                options.add(String.valueOf(Json.object(o).get("optionName")));
            }
        }
        if (options.size() > MAX_OPTIONS) {
            violations.add(options.size() + " options " + options + ", Shopify accepts at most " + MAX_OPTIONS);
        }
        return violations;
    }

    /**
     * Records per write call: one product per productSet; stock quantities go by one
     * inventorySetQuantities call of up to 250; prices by one SKU lookup of up to 50.
     */
    @Override
    public int maxBatchSize(String entity) {
        return switch (ShopifyEntity.of(entity).orElse(ShopifyEntity.PRODUCT)) {
            case STOCK -> ShopifyInventory.QUANTITIES_PER_CALL;
            case PRICE, VARIANT -> 50;
            default -> 1;
        };
    }

    @Override
    public ShopSession open(ConnectionSettings settings) {
        return new ShopifySession(settings);
    }
}
