package fr.passerelle.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The reference: MAPPING.md coded by hand, as a developer would (precompiled patterns, BigDecimal,
 * no framework). The plan must produce the same payloads; the benchmark compares their speed.
 */
final class HandWrittenProductMapper {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal TEN = BigDecimal.TEN;

    private final boolean loopSlug;

    /** The natural version: slug with the regular expressions MAPPING.md describes. */
    HandWrittenProductMapper() {
        this(false);
    }

    /** With {@code loopSlug}, the slug is a hand-tuned character loop (the best a developer would do). */
    HandWrittenProductMapper(boolean loopSlug) {
        this.loopSlug = loopSlug;
    }

    Map<String, Object> map(Map<String, Object> item) {
        Map<String, Object> out = new LinkedHashMap<>();
        String caption = (String) item.get("Caption");
        String name = caption == null ? null : caption.trim();
        boolean published = Boolean.TRUE.equals(item.get("Published"));
        out.put("sku", item.get("ItemCode"));
        out.put("name", name);
        out.put("slug", loopSlug ? loopSlug(caption) : slug(caption));
        out.put("type", "simple");
        out.put("status", Boolean.TRUE.equals(item.get("Sleeping")) || !published ? "draft" : "publish");
        out.put("catalog_visibility", published ? "visible" : "hidden");
        out.put("description", item.get("DescriptionHtml"));
        out.put("short_description", item.get("ShortDescription"));
        BigDecimal price = (BigDecimal) item.get("SalePriceExclTax");
        BigDecimal vat = (BigDecimal) item.get("VatRate");
        out.put("regular_price", price.multiply(HUNDRED.add(vat)).divide(HUNDRED).setScale(2, RoundingMode.HALF_UP).toPlainString());
        BigDecimal purchase = (BigDecimal) item.get("PurchasePrice");
        if (purchase != null) {
            out.put("purchase_price", purchase.setScale(2, RoundingMode.HALF_UP).toPlainString());
        }
        out.put("tax_status", "taxable");
        out.put("tax_class", taxClass(vat));
        BigDecimal weight = (BigDecimal) item.get("Weight");
        if (weight != null) {
            out.put("weight", weight.divide(THOUSAND).setScale(3, RoundingMode.HALF_UP).toPlainString());
        }
        Map<String, Object> dimensions = new LinkedHashMap<>();
        dimensions.put("length", cm(item.get("Depth")));
        dimensions.put("width", cm(item.get("Width")));
        dimensions.put("height", cm(item.get("Height")));
        out.put("dimensions", dimensions);
        out.put("categories", categories(item));
        String barcode = (String) item.get("Barcode");
        if (isEan13(barcode)) {
            out.put("ean", barcode);
        }
        out.put("brand", item.get("Brand"));
        out.put("manage_stock", item.get("StockTracked"));
        out.put("stock_quantity", item.get("StockQty"));
        out.put("meta_data", metaData(item, name));
        out.put("attributes", attributes(item));
        out.put("date_modified", item.get("ModifiedAt"));
        out.put("virtual", item.get("IsVirtual"));
        out.put("erp_family", item.get("FamilyCode"));
        out.put("min_order_qty", item.get("MinOrderQty"));
        out.put("origin_country", item.get("OriginCountry"));
        out.put("eco_tax", item.get("EcoTax"));
        out.put("supplier_ref", item.get("SupplierRef"));
        out.put("unit", item.get("Unit"));
        return out;
    }

    private static String slug(String text) {
        if (text == null) {
            return null;
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        String dashed = NON_ALNUM.matcher(folded).replaceAll("-");
        int start = dashed.startsWith("-") ? 1 : 0;
        int end = dashed.endsWith("-") && dashed.length() > start ? dashed.length() - 1 : dashed.length();
        return dashed.substring(start, Math.max(start, end));
    }

    private static String loopSlug(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean dash = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                continue;
            }
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
                if (dash && !out.isEmpty()) {
                    out.append('-');
                }
                dash = false;
                out.append(lower);
            } else {
                dash = true;
            }
        }
        return out.toString();
    }

    private static String taxClass(BigDecimal vat) {
        String key = vat.stripTrailingZeros().toPlainString();
        return switch (key) {
            case "10" -> "intermediate-rate";
            case "5.5" -> "reduced-rate";
            case "2.1" -> "super-reduced-rate";
            default -> "standard";
        };
    }

    private static String cm(Object millimetres) {
        return millimetres == null ? "" : ((BigDecimal) millimetres).divide(TEN).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static List<String> categories(Map<String, Object> item) {
        List<String> categories = new ArrayList<>();
        StringBuilder path = new StringBuilder();
        for (int level = 1; level <= 6; level++) {
            String value = (String) item.get("CustomField" + level);
            if (!isBlank(value)) {
                if (!path.isEmpty()) {
                    path.append(" > ");
                }
                path.append(value.trim());
            }
        }
        if (!path.isEmpty()) {
            categories.add(path.toString());
        }
        String extra = (String) item.get("ExtraCategories");
        if (extra != null) {
            for (String part : extra.split(";")) {
                if (!part.isBlank()) {
                    categories.add(part.trim());
                }
            }
        }
        return categories;
    }

    private static boolean isEan13(String code) {
        if (code == null || code.length() != 13) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 13; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            if (i < 12) {
                sum += (c - '0') * (i % 2 == 0 ? 1 : 3);
            }
        }
        return (10 - sum % 10) % 10 == code.charAt(12) - '0';
    }

    private static List<Map<String, Object>> metaData(Map<String, Object> item, String name) {
        List<Map<String, Object>> meta = new ArrayList<>();
        String seoTitle = (String) item.get("SeoTitle");
        addMeta(meta, "_seo_title", isBlank(seoTitle) ? name : seoTitle);
        addMeta(meta, "_seo_description", (String) item.get("SeoDescription"));
        addMeta(meta, "_meta_keywords", (String) item.get("MetaKeywords"));
        String family = (String) item.get("FamilyCode");
        String subFamily = (String) item.get("SubFamilyCode");
        addMeta(meta, "_erp_family", isBlank(subFamily) ? family : family + "/" + subFamily.trim());
        addMeta(meta, "_erp_universe", (String) item.get("CustomField1"));
        addMeta(meta, "_erp_season", (String) item.get("Season"));
        return meta;
    }

    private static void addMeta(List<Map<String, Object>> meta, String key, String value) {
        if (!isBlank(value)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("key", key);
            entry.put("value", value.trim());
            meta.add(entry);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> attributes(Map<String, Object> item) {
        List<Map<String, Object>> attributes = new ArrayList<>();
        List<Map<String, Object>> characteristics = (List<Map<String, Object>>) item.get("Characteristics");
        for (int i = 0; i < characteristics.size(); i++) {
            Map<String, Object> characteristic = characteristics.get(i);
            Map<String, Object> attribute = new LinkedHashMap<>();
            attribute.put("name", characteristic.get("Name"));
            attribute.put("position", i);
            attribute.put("visible", true);
            attribute.put("variation", false);
            attribute.put("options", characteristic.get("Values"));
            attributes.add(attribute);
        }
        return attributes;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
