package fr.passerelle.connector.shop.woocommerce;

import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.ConnectorDescriptor;
import fr.passerelle.connector.ConnectorKind;
import fr.passerelle.connector.FieldSchema;
import fr.passerelle.connector.FieldType;
import fr.passerelle.connector.ShopConnector;
import fr.passerelle.connector.ShopSession;
import java.util.List;
import java.util.Set;

/**
 * WooCommerce (3.3+, REST {@code wc/v3}). Found by {@link java.util.ServiceLoader}. Credentials:
 * {@code consumerKey}, {@code consumerSecret}; options: {@code retry.*} (see
 * {@link fr.passerelle.connector.http.RetryPolicy}), {@code timeoutSeconds}.
 */
public final class WooCommerceConnector implements ShopConnector {

    /** Features of docs/features.md this connector carries; the others are greyed out in the studio. */
    static final Set<String> FEATURES = Set.of("CAT-1", "CAT-2", "CAT-3",
            "ART-1", "ART-2", "ART-3", "ART-5", "ART-6", "ART-7", "ART-8", "ART-9", "ART-10", "ART-11",
            "ART-12", "ART-13", "ART-14", "ART-15", "ART-16", "ART-17", "ART-18",
            "STK-1", "STK-2", "STK-3", "STK-4", "STK-5", "STK-6", "STK-7",
            "PRC-1", "PRC-2", "PRC-3", "PRC-4", "PRC-5", "PRC-6", "PRC-7", "PRC-8",
            "GRP-1", "CUS-1", "CUS-2", "CUS-3", "CUS-4", "CUS-5", "CUS-6", "CUS-7", "CUS-8", "CUS-9", "CUS-10",
            "CIM-1", "CIM-2", "ORD-4", "ORD-5", "ORD-6", "ORD-7", "ORD-8", "ORD-9", "ORD-10", "ORD-14",
            "PST-1", "PST-2", "PST-3", "PST-4", "PAY-1", "PAY-2", "PAY-4", "PRO-1", "B2B-1", "B2B-2");

    private static final ConnectorDescriptor DESCRIPTOR = new ConnectorDescriptor("woocommerce", "WooCommerce",
            ConnectorKind.SHOP,
            Set.of("categories", "products", "variants", "stock", "prices", "customer-groups", "customers", "orders", "payments",
                    "order-status", "prospects"),
            FEATURES, WooCommerceSchemas.all(),
            List.of(FieldSchema.required("url", FieldType.STRING, "shop URL (https://shop.example)"),
                    FieldSchema.required("consumerKey", FieldType.STRING, "REST API consumer key (ck_...)"),
                    FieldSchema.required("consumerSecret", FieldType.STRING, "REST API consumer secret (cs_...)")));

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /**
     * Every entity's writes go through {@code WooWriter}, which cuts them into /batch calls of 100.
     * Categories are written one path at a time: a path creates its missing levels as it goes,
     * and two paths of one batch sharing a new parent would both try to create it.
     */
    @Override
    public int maxBatchSize(String entity) {
        return entity.endsWith(".category") ? 1 : WooBatch.LIMIT;
    }

    @Override
    public ShopSession open(ConnectionSettings settings) {
        return new WooCommerceSession(settings);
    }
}
