package fr.passerelle.ui.profiles;

import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.ConnectorRegistry;
import fr.passerelle.connector.ConnectorSession;
import fr.passerelle.connector.Page;
import fr.passerelle.connector.ReadRequest;
import fr.passerelle.flow.FlowCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * "Tester la connexion": signs in to the ERP and to the shop with what the form holds and reads
 * one record of each, then says in plain words what works or what is wrong. The sessions are
 * closed (so logged out) whatever happens; a secret never appears in a message.
 */
@Component
public class ConnectionCheck {

    /** One line of the answer: which system, whether it worked, and a translation key with its arguments. */
    public record Line(String system, boolean ok, String key, List<String> arguments) {
    }

    private final ConnectorRegistry registry;

    ConnectionCheck(ConnectorRegistry registry) {
        this.registry = registry;
    }

    public List<Line> check(String erpType, ConnectionSettings erp, String shopType, ConnectionSettings shop) {
        List<Line> lines = new ArrayList<>();
        var products = FlowCatalog.find("products").orElseThrow();
        lines.add(one("erp", () -> registry.erp(erpType).orElseThrow().open(erp), "erp." + products.sourceEntity()));
        String shopEntity = shopType + "." + products.targetEntity();
        Line shopLine = one("shop", () -> registry.shop(shopType).orElseThrow().open(shop), shopEntity);
        lines.add(shopLine);
        if (shopLine.ok()) {
            registry.shop(shopType).flatMap(c -> c.descriptor().schema(shopEntity)).ifPresent(schema -> {
                List<String> plugins = schema.fields().stream().map(f -> f.plugin()).filter(p -> p != null).distinct()
                        .sorted().toList();
                if (!plugins.isEmpty()) {
                    lines.add(new Line("shop", true, "check.plugins", List.of(String.join(", ", plugins))));
                }
            });
        }
        return lines;
    }

    private static Line one(String system, Supplier<ConnectorSession> opener, String entity) {
        try (ConnectorSession session = opener.get()) {
            Page page = session.read(entity, ReadRequest.all(1));
            String count = page.total() >= 0 ? Long.toString(page.total()) : Integer.toString(page.records().size());
            return new Line(system, true, "check.ok", List.of(count));
        } catch (ConnectorException e) {
            return explain(system, e);
        } catch (RuntimeException e) {
            return new Line(system, false, "check.other", List.of(clip(e.getMessage())));
        }
    }

    /** The failure in the words of someone setting up a shop, not of the HTTP client. */
    static Line explain(String system, ConnectorException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        String key;
        if (e.httpStatus() == 401 || e.httpStatus() == 403 || message.contains("credential") || message.contains("login")
                && e.httpStatus() >= 400) {
            key = "check.badCredentials";
        } else if (e.httpStatus() == 404) {
            key = "check.noApi";
        } else if (message.contains("ssl") || message.contains("certificate") || message.contains("handshake")) {
            key = "check.ssl";
        } else if (e.httpStatus() == 0) {
            key = "check.unreachable";
        } else {
            key = "check.other";
        }
        return new Line(system, false, key, List.of(clip(e.getMessage()), Integer.toString(e.httpStatus())));
    }

    private static String clip(String text) {
        String one = String.valueOf(text).replaceAll("\\s+", " ");
        return one.length() > 200 ? one.substring(0, 200) + "\u2026" : one;
    }

    /** Credentials and options as the profile form holds them. */
    public static ConnectionSettings settings(String url, Map<String, String> credentials, Map<String, String> options) {
        return new ConnectionSettings(url, credentials, options);
    }
}
