package fr.passerelle.sync;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The profile's settings as a mapping's {@code profile} sees them. Settings are stored flat
 * ({@code stock.warehouses = PARIS,LYON}); a document reads them both ways: {@code profile.warehouse}
 * for a plain key, and {@code profile.stock.warehouses} for a dotted one, the way the golden samples
 * write them ({@code profile: {stock: {warehouses: PARIS}}}). A plain key that a dotted one would
 * turn into an object ({@code stock} and {@code stock.safety}) keeps its plain value.
 */
final class ProfileView {

    private ProfileView() {
    }

    static Map<String, Object> of(Map<String, String> settings, String profileName) {
        Map<String, Object> view = new LinkedHashMap<>(settings);
        settings.forEach((key, value) -> {
            if (key.contains(".")) {
                nest(view, key.split("\\."), value);
            }
        });
        view.put("name", profileName);
        return view;
    }

    @SuppressWarnings("unchecked")
    private static void nest(Map<String, Object> view, String[] parts, String value) {
        Map<String, Object> node = view;
        for (int i = 0; i < parts.length - 1; i++) {
            Object child = node.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
            if (!(child instanceof Map<?, ?>)) {
                return; // a plain setting of that name wins
            }
            node = (Map<String, Object>) child;
        }
        node.putIfAbsent(parts[parts.length - 1], value);
    }
}
