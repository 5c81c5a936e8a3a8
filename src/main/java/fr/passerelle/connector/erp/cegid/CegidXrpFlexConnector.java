package fr.passerelle.connector.erp.cegid;

import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.ConnectorDescriptor;
import fr.passerelle.connector.ConnectorKind;
import fr.passerelle.connector.ErpConnector;
import fr.passerelle.connector.ErpSession;
import fr.passerelle.connector.FieldSchema;
import fr.passerelle.connector.FieldType;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Cegid XRP Flex (Acumatica contract-based REST API). Everything tenant-specific (endpoint,
 * version, entity and field paths) comes from the entity map; connection options
 * {@code endpoint}, {@code version} and {@code template} (a tenant's map on disk) override it.
 */
public final class CegidXrpFlexConnector implements ErpConnector {

    public static final String ID = "cegid-xrp-flex";

    private static final Set<String> FLOWS = Set.of("categories", "products", "stock", "prices", "customer-groups",
            "customers", "orders", "payments", "order-status");

    private final EndpointMap defaults;
    private final SessionLedger ledger;

    public CegidXrpFlexConnector() {
        this(EndpointMapLoader.defaults(), SessionLedger.JVM);
    }

    CegidXrpFlexConnector(EndpointMap defaults, SessionLedger ledger) {
        this.defaults = defaults;
        this.ledger = ledger;
    }

    @Override
    public ConnectorDescriptor descriptor() {
        Set<String> features = new LinkedHashSet<>();
        defaults.entities().forEach(e -> features.addAll(e.features()));
        return new ConnectorDescriptor(ID, defaults.displayName(), ConnectorKind.ERP, FLOWS, features,
                defaults.entities().stream().map(EntityMap::schema).toList(), settings());
    }

    @Override
    public ErpSession open(ConnectionSettings settings) {
        EndpointMap map = settings.option("template").map(Path::of).map(EndpointMapLoader::fromFile).orElse(defaults);
        map = map.on(settings.option("endpoint").orElse(map.endpoint()), settings.option("version").orElse(
                map.version()));
        return CegidSession.open(map, settings, ledger);
    }

    private static List<FieldSchema> settings() {
        return List.of(
                FieldSchema.required("url", FieldType.STRING, "Instance URL, e.g. https://erp.example.fr/MyInstance"),
                FieldSchema.of("user", FieldType.STRING, "API user (cookie login or OAuth password grant)"),
                FieldSchema.of("password", FieldType.STRING, "Password of the API user"),
                FieldSchema.of("tenant", FieldType.STRING, "Tenant login name"),
                FieldSchema.of("branch", FieldType.STRING, "Branch ID"),
                FieldSchema.of("token", FieldType.STRING, "A ready OAuth 2.0 access token, instead of a login"),
                FieldSchema.of("clientId", FieldType.STRING, "OAuth client id (<guid>@<Tenant>), for the password grant"),
                FieldSchema.of("clientSecret", FieldType.STRING, "OAuth client secret"),
                FieldSchema.of("endpoint", FieldType.STRING, "Web service endpoint (Default, or an extension such as AtooSync)"),
                FieldSchema.of("version", FieldType.STRING, "Endpoint version, e.g. 24.200.001"),
                FieldSchema.of("template", FieldType.STRING, "Path of a tenant's entity map (YAML) replacing the default"),
                FieldSchema.of("timeoutMillis", FieldType.INTEGER, "Time limit of one call (default 60000)"),
                FieldSchema.of("maxAttempts", FieldType.INTEGER, "Attempts of a throttled or failed call (default 4)"));
    }
}
