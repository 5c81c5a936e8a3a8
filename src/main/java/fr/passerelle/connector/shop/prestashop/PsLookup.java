package fr.passerelle.connector.shop.prestashop;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Finds records by a field ({@code filter[reference]=[X]}), and finds or creates what a write
 * refers to by name: category levels under their parent, attribute groups and values for
 * combinations. Caches names for the session.
 */
final class PsLookup {

    /** PrestaShop's home category: the top of every tree it shows. */
    static final String HOME = "2";

    private final PrestaShopClient client;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    PsLookup(PrestaShopClient client) {
        this.client = client;
    }

    Optional<String> idBy(PsEntity entity, String field, String value) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("filter[" + field + "]", PsValues.filter(value));
        params.put("display", "[id]");
        params.put("limit", "1");
        return client.list(entity.resource, params).stream().map(r -> PsValues.text(r.get("id"))).findFirst();
    }

    /** The id of the deepest category of "A > B > C", creating missing levels under Home. */
    String categoryPath(String path) {
        String parent = HOME;
        StringBuilder sofar = new StringBuilder();
        List<String> levels = java.util.Arrays.stream(path.split(">")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (levels.isEmpty() || levels.size() > 6) {
            throw new IllegalArgumentException("a category path has 1 to 6 levels: '" + path + "'");
        }
        for (String name : levels) {
            sofar.append(" > ").append(name);
            String parentId = parent;
            parent = cache.computeIfAbsent("category" + sofar, k -> findOrCreate(PsEntity.CATEGORY, name, parentId));
        }
        return parent;
    }

    private String findOrCreate(PsEntity entity, String name, String parentId) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("filter[name]", PsValues.filter(name));
        params.put("filter[id_parent]", PsValues.filter(parentId));
        params.put("display", "[id,name]");
        for (Map<String, @Nullable Object> found : client.list(entity.resource, params)) {
            if (name.equalsIgnoreCase(PsValues.text(found.get("name")))) {
                return PsValues.text(found.get("id"));
            }
        }
        Map<String, @Nullable Object> category = new LinkedHashMap<>();
        category.put("id_parent", parentId);
        category.put("active", "1");
        category.put("name", name);
        category.put("link_rewrite", rewrite(name));
        return PsValues.text(client.send("POST", entity.resource, entity.element, category, entity.multilingual).get("id"));
    }

    /** The value id of "Taille: M", creating the attribute group and value when missing. */
    String optionValue(String group, String value) {
        String groupId = cache.computeIfAbsent("group:" + group, k -> {
            for (Map<String, @Nullable Object> g : client.list("product_options", Map.of("display", "[id,name]"))) {
                if (group.equalsIgnoreCase(PsValues.text(g.get("name")))) {
                    return PsValues.text(g.get("id"));
                }
            }
            Map<String, @Nullable Object> option = new LinkedHashMap<>();
            option.put("is_color_group", "0");
            option.put("group_type", "select");
            option.put("name", group);
            option.put("public_name", group);
            return PsValues.text(client.send("POST", "product_options", "product_option", option, java.util.Set.of("name", "public_name")).get("id"));
        });
        return cache.computeIfAbsent("value:" + groupId + ":" + value, k -> {
            Map<String, String> params = Map.of("filter[id_attribute_group]", PsValues.filter(groupId), "display", "[id,name]");
            for (Map<String, @Nullable Object> v : client.list("product_option_values", params)) {
                if (value.equalsIgnoreCase(PsValues.text(v.get("name")))) {
                    return PsValues.text(v.get("id"));
                }
            }
            Map<String, @Nullable Object> created = new LinkedHashMap<>();
            created.put("id_attribute_group", groupId);
            created.put("name", value);
            return PsValues.text(client.send("POST", "product_option_values", "product_option_value", created, java.util.Set.of("name")).get("id"));
        });
    }

    /**
     * ART-9: the value id of a product feature ("Matière: Laine"), creating the feature and the
     * value when missing. Features are listed once per session, each feature's values once.
     */
    String featureValue(String feature, String value) {
        String featureId = cache.computeIfAbsent("feature:" + feature.toLowerCase(Locale.ROOT), k -> {
            for (Map<String, @Nullable Object> f : client.list("product_features", Map.of("display", "[id,name]"))) {
                if (feature.equalsIgnoreCase(PsValues.text(f.get("name")))) {
                    return PsValues.text(f.get("id"));
                }
            }
            return PsValues.text(client.send("POST", PsEntity.FEATURE.resource, PsEntity.FEATURE.element,
                    Map.of("name", feature), PsEntity.FEATURE.multilingual).get("id"));
        });
        return cache.computeIfAbsent("feature-value:" + featureId + ":" + value.toLowerCase(Locale.ROOT), k -> {
            Map<String, String> params = Map.of("filter[id_feature]", PsValues.filter(featureId), "display", "[id,value]");
            for (Map<String, @Nullable Object> v : client.list("product_feature_values", params)) {
                if (value.equalsIgnoreCase(PsValues.text(v.get("value")))) {
                    return PsValues.text(v.get("id"));
                }
            }
            return PsValues.text(client.send("POST", PsEntity.FEATURE_VALUE.resource, PsEntity.FEATURE_VALUE.element,
                    Map.of("id_feature", featureId, "custom", "0", "value", value), PsEntity.FEATURE_VALUE.multilingual)
                    .get("id"));
        });
    }

    /** The id of a feature {@link #featureValue} resolved (or created) in this session. */
    String featureId(String feature) {
        return Objects.requireNonNull(cache.get("feature:" + feature.toLowerCase(Locale.ROOT)));
    }

    /** link_rewrite: lower case ASCII words joined by dashes, as the back office builds it. */
    static String rewrite(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
