package fr.passerelle.connector.erp.ebp;

import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.ConnectorDescriptor;
import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.ConnectorKind;
import fr.passerelle.connector.ErpConnector;
import fr.passerelle.connector.ErpSession;
import fr.passerelle.connector.FieldSchema;
import fr.passerelle.connector.FieldType;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * EBP Gestion Commerciale (SaaS). Credentials: {@code key} (the subscription key), {@code token}
 * (an access token from the authorization code flow) and, to refresh it, {@code refreshToken},
 * {@code clientId}, {@code clientSecret}. Option {@code folderId} picks the company file.
 */
public final class EbpConnector implements ErpConnector {

    public static final String ID = "ebp";

    private final EbpMap map = EbpMap.load();

    @Override
    public ConnectorDescriptor descriptor() {
        Set<String> features = new LinkedHashSet<>();
        map.entities().forEach(e -> features.addAll(e.features()));
        return new ConnectorDescriptor(ID, map.displayName(), ConnectorKind.ERP, Set.of("products", "customers",
                "orders"), features, map.entities().stream().map(EbpMap.Entity::schema).toList(), List.of(
                        FieldSchema.required("url", FieldType.STRING, "API base, " + map.baseUrl()),
                        FieldSchema.required("key", FieldType.STRING, "ebp-subscription-key (primary or secondary)"),
                        FieldSchema.of("token", FieldType.STRING, "Access token (authorization code flow)"),
                        FieldSchema.of("refreshToken", FieldType.STRING, "Refresh token"),
                        FieldSchema.of("clientId", FieldType.STRING, "Client id given by EBP"),
                        FieldSchema.of("clientSecret", FieldType.STRING, "Client secret given by EBP"),
                        FieldSchema.of("loginServer", FieldType.STRING, "Login server, default " + map.loginServer()),
                        FieldSchema.of("folderId", FieldType.STRING, "Company file (dossier) id")));
    }

    @Override
    public ErpSession open(ConnectionSettings settings) {
        String key = settings.credential("key").orElseThrow(() -> new ConnectorException(ID, "open", 0, false,
                "the ebp-subscription-key is missing (--key)"));
        Duration timeout = Duration.ofMillis(settings.option("timeoutMillis").map(Long::parseLong).orElse(60_000L));
        EbpTokens tokens = new EbpTokens(value(settings, "loginServer").orElse(map.loginServer()),
                value(settings, "clientId").orElse(""), value(settings, "clientSecret").orElse(""),
                settings.credential("token").orElse(null), settings.credential("refreshToken").orElse(null), timeout);
        if (tokens.accessToken() == null && tokens.canRefresh()) {
            tokens.refresh();
        }
        if (tokens.accessToken() == null) {
            throw new ConnectorException(ID, "open", 0, false,
                    "no access token: sign in through EBP (authorization code) or give --token");
        }
        return new EbpSession(map, settings.baseUrl(), key, settings.option("folderId").orElse(null), tokens, timeout);
    }

    private static java.util.Optional<String> value(ConnectionSettings settings, String name) {
        return settings.credential(name).or(() -> settings.option(name));
    }
}
