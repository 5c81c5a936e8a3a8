package fr.passerelle.connector.shop.prestashop;

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
 * PrestaShop (1.6.1+, Webservice). Credential {@code key}; options {@code languageId} (default 1),
 * {@code languages} (ids written for multilingual fields, default the language), {@code timeZone}
 * (the shop's, default Europe/Paris), {@code retry.*}, {@code timeoutSeconds}.
 */
public final class PrestaShopConnector implements ShopConnector {

    static final Set<String> FEATURES = Set.of("CAT-1", "CAT-2", "CAT-3",
            "ART-1", "ART-2", "ART-3", "ART-5", "ART-6", "ART-8", "ART-9", "ART-10", "ART-11", "ART-12", "ART-13", "ART-14", "ART-16",
            "ART-17", "ART-18", "STK-1", "STK-2", "STK-3", "STK-4", "STK-5", "STK-6", "STK-7",
            "PRC-1", "PRC-2", "PRC-3", "PRC-4", "PRC-5", "PRC-6", "PRC-7", "PRC-8",
            "GRP-1", "CUS-1", "CUS-2", "CUS-3", "CUS-4", "CUS-5", "CUS-6", "CUS-7", "CUS-8", "CUS-9",
            "CIM-1", "CIM-2", "ORD-4", "ORD-5", "ORD-6", "ORD-7", "ORD-9", "ORD-10", "ORD-14",
            "PST-1", "PST-2", "PST-3", "PAY-1", "PAY-2", "PAY-4", "PRO-1", "B2B-2");

    private static final ConnectorDescriptor DESCRIPTOR = new ConnectorDescriptor("prestashop", "PrestaShop", ConnectorKind.SHOP,
            Set.of("categories", "products", "stock", "prices", "customer-groups", "customers", "orders", "payments", "order-status",
                    "prospects"),
            FEATURES, PrestaShopSchemas.all(),
            List.of(FieldSchema.required("url", FieldType.STRING, "shop URL (https://shop.example)"),
                    FieldSchema.required("key", FieldType.STRING, "webservice key (32 characters)"),
                    FieldSchema.of("languageId", FieldType.STRING, "language id of the texts read and written")));

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public ShopSession open(ConnectionSettings settings) {
        return new PrestaShopSession(settings);
    }
}
