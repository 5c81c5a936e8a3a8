package fr.passerelle.connector.shop.shopify;

import fr.passerelle.connector.http.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns a mapped product payload into a {@code ProductSetInput}. The payload is Shopify-shaped;
 * for a simple product the mapping may give {@code sku}, {@code price}, {@code compareAtPrice},
 * {@code barcode} at the top, which become the single "Default Title" variant, and
 * {@code collection_paths}, which become collection ids (created when missing). Product options are
 * derived from the variants' option values when not given. Metafields get the default namespace
 * ({@code custom}) and type ({@code single_line_text_field}), and text values.
 */
final class ShopifyProductInput {

    private static final List<String> VARIANT_FIELDS = List.of("sku", "price", "compareAtPrice", "barcode", "taxable",
            "inventoryPolicy");

    private ShopifyProductInput() {
    }

    static Map<String, @Nullable Object> from(Map<String, @Nullable Object> payload, ShopifyCollections collections) {
        Map<String, @Nullable Object> input = metafieldDefaults(payload);
        Map<String, @Nullable Object> single = new LinkedHashMap<>();
        for (String field : VARIANT_FIELDS) {
            if (input.containsKey(field)) {
                Object value = input.remove(field);
                single.put(field, value instanceof java.math.BigDecimal d ? d.toPlainString() : value);
            }
        }
        if (!input.containsKey("variants") && !single.isEmpty()) {
            single.put("optionValues", List.of(Map.of("optionName", "Title", "name", "Default Title")));
            input.put("variants", List.of(single));
        }
        List<@Nullable Object> variants = new ArrayList<>();
        for (Object v : Json.list(input.get("variants"))) {
            Map<String, @Nullable Object> variant = metafieldDefaults(Json.object(v));
            for (String money : List.of("price", "compareAtPrice")) {
                if (variant.get(money) instanceof java.math.BigDecimal d) {
                    variant.put(money, d.toPlainString());
                }
            }
            variants.add(variant);
        }
        if (!variants.isEmpty()) {
            input.put("variants", variants);
            input.putIfAbsent("productOptions", options(variants));
        }
        Object imageUrls = input.remove("image_urls");
        if (imageUrls != null) {
            List<@Nullable Object> files = new ArrayList<>();
            for (Object url : imageUrls instanceof List<?> l ? l : List.of(imageUrls)) {
                if (url != null && !url.toString().isBlank()) {
                    files.add(Map.of("originalSource", url.toString().trim(), "contentType", "IMAGE"));
                }
            }
            input.put("files", files);
        }
        Object paths = input.remove("collection_paths");
        if (paths != null) {
            Set<Object> ids = new LinkedHashSet<>(Json.list(input.get("collections")));
            for (Object path : paths instanceof List<?> l ? l : List.of(paths)) {
                if (path != null && !path.toString().isBlank()) {
                    ids.add(collections.collectionId(path.toString()));
                }
            }
            input.put("collections", new ArrayList<>(ids));
        }
        if (input.get("status") instanceof String status) {
            input.put("status", status.toUpperCase(java.util.Locale.ROOT));
        }
        return input;
    }

    /** The SKU that identifies the product: its first variant's. */
    static @Nullable String sku(Map<String, @Nullable Object> input) {
        return Json.list(input.get("variants")).stream().map(v -> Json.text(Json.object(v).get("sku")))
                .filter(s -> s != null && !s.isBlank()).findFirst().orElse(null);
    }

    private static List<@Nullable Object> options(List<@Nullable Object> variants) {
        Map<String, Set<String>> byName = new LinkedHashMap<>();
        for (Object v : variants) {
            for (Object o : Json.list(Json.object(v).get("optionValues"))) {
                Map<String, @Nullable Object> value = Json.object(o);
                byName.computeIfAbsent(String.valueOf(value.get("optionName")), k -> new LinkedHashSet<>())
                        .add(String.valueOf(value.get("name")));
            }
        }
        List<@Nullable Object> options = new ArrayList<>();
        int position = 1;
        for (Map.Entry<String, Set<String>> option : byName.entrySet()) {
            options.add(Map.of("name", option.getKey(), "position", position++,
                    "values", option.getValue().stream().map(name -> Map.of("name", name)).toList()));
        }
        return options;
    }

    static Map<String, @Nullable Object> metafieldDefaults(Map<String, @Nullable Object> payload) {
        Map<String, @Nullable Object> out = new LinkedHashMap<>(payload);
        if (out.containsKey("metafields")) {
            List<@Nullable Object> metafields = new ArrayList<>();
            for (Object m : Json.list(out.get("metafields"))) {
                Map<String, @Nullable Object> metafield = new LinkedHashMap<>(Json.object(m));
                if (metafield.get("value") == null) {
                    continue;
                }
                metafield.putIfAbsent("namespace", "custom");
                Object value = metafield.get("value");
                if (value instanceof List<?> || value instanceof Map<?, ?>) {
                    // a list or an object (a customer's contacts, CUS-4) is a json metafield
                    metafield.putIfAbsent("type", "json");
                    metafield.put("value", Json.write(value));
                } else {
                    metafield.putIfAbsent("type", "single_line_text_field");
                    metafield.put("value", Json.text(value));
                }
                metafields.add(metafield);
            }
            out.put("metafields", metafields);
        }
        return out;
    }
}
