package fr.passerelle.dsl;

import fr.passerelle.connector.ConnectorDescriptor;
import fr.passerelle.connector.ConnectorKind;
import fr.passerelle.connector.ConnectorRegistry;
import fr.passerelle.connector.EntitySchema;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The connectors' own entity schemas (issue 10, point 6): what {@code check --schemas builtin},
 * {@code map --schemas builtin} and the studio compile against. Every shop connector's schemas
 * ({@code woocommerce.order}, {@code shopify.product} ...) plus the schemas of one ERP, read from
 * its descriptor (for Cegid XRP Flex and EBP, their entity maps {@code templates/erp/*.yaml}),
 * {@code LIST} item fields included ({@code line_items[].sku}).
 *
 * <p>One ERP at a time, because every ERP names its entities {@code erp.item}, {@code erp.customer}
 * ...: a profile connects one ERP, and a document is checked against that ERP's fields, never a
 * union that would let an EBP mapping read a Cegid field.
 */
public final class BuiltinSchemas {

    /** The ERP of a document that names none (neither by its folder nor by {@code extends}). */
    public static final String DEFAULT_ERP = "cegid-xrp-flex";

    private static final class Loaded {
        static final ConnectorRegistry REGISTRY = ConnectorRegistry.load();
    }

    private BuiltinSchemas() {
    }

    /** The ids of the ERP connectors in the jar ({@code cegid-xrp-flex}, {@code ebp}). */
    public static List<String> erps() {
        return erps(Loaded.REGISTRY);
    }

    static List<String> erps(ConnectorRegistry registry) {
        return registry.descriptors().stream().filter(d -> d.kind() == ConnectorKind.ERP).map(ConnectorDescriptor::id)
                .toList();
    }

    /** Every shop's schemas and those of this ERP, by entity name; an unknown ERP id is an {@link IllegalArgumentException}. */
    public static Map<String, EntitySchema> forErp(String erpId) {
        return forErp(Loaded.REGISTRY, erpId);
    }

    /** The same, from a given registry (the studio's bean). */
    public static Map<String, EntitySchema> forErp(ConnectorRegistry registry, String erpId) {
        ConnectorDescriptor erp = registry.erp(erpId).map(c -> c.descriptor()).orElseThrow(() -> new IllegalArgumentException(
                "no ERP connector '" + erpId + "'; ERP connectors: " + String.join(", ", erps(registry))));
        Map<String, EntitySchema> schemas = new LinkedHashMap<>();
        erp.schemas().forEach(s -> schemas.put(s.name(), s));
        for (ConnectorDescriptor descriptor : registry.descriptors()) {
            if (descriptor.kind() != ConnectorKind.ERP) {
                descriptor.schemas().forEach(s -> schemas.putIfAbsent(s.name(), s));
            }
        }
        return Collections.unmodifiableMap(schemas);
    }

    /**
     * The ERP a document is written for: the {@code <erp>} of its place {@code templates/<erp>/<shop>/<flow>.yaml},
     * else the first segment of its {@code extends: <erp>/<shop>/<flow>}, else {@link #DEFAULT_ERP}.
     */
    public static String erpOf(String file, @Nullable String extendsRef) {
        return erpOf(file, extendsRef, erps());
    }

    static String erpOf(String file, @Nullable String extendsRef, List<String> erps) {
        Path path = Path.of(file).toAbsolutePath().normalize();
        for (int i = 0; i + 3 < path.getNameCount(); i++) {
            if (path.getName(i).toString().equals("templates") && erps.contains(path.getName(i + 1).toString())) {
                return path.getName(i + 1).toString();
            }
        }
        if (extendsRef != null) {
            int slash = extendsRef.indexOf('/');
            String first = slash < 0 ? extendsRef : extendsRef.substring(0, slash);
            if (erps.contains(first.trim())) {
                return first.trim();
            }
        }
        return DEFAULT_ERP;
    }
}
