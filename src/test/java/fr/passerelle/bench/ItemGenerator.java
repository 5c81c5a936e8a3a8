package fr.passerelle.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The benchmark's ERP items (../shared/bench/MAPPING.md): deterministic (seed 20240501), 46
 * fields with the blanks, spaces, bad barcodes and optional numbers the table describes.
 * Numbers are BigDecimal, as the {@code map} command reads JSON.
 */
final class ItemGenerator {

    private static final String[] WORDS = {"Crème", "brûlée", "Pull", "laine", "mérinos", "Été", "côtelé", "Chaise",
        "bistrot", "œuf", "Lampe", "à", "poser", "naturel", "coton", "bio", "Éponge", "déco", "50%", "Noël"};
    private static final String[] FAMILIES = {"TEXTILE", "MAISON", "DECO", "JARDIN", "CUISINE"};
    private static final String[] LEVELS = {"Maison", "Textile", "Assises", "Luminaires", "Cuisine", "Jardin", "Enfant"};
    private static final String[] VAT = {"20", "10", "5.5", "2.1"};
    private static final String[] CHARACTERISTICS = {"Couleur", "Taille", "Matière", "Style"};
    private static final String[] VALUES = {"Rouge", "Bleu", "XL", "M", "Coton", "Lin", "Moderne"};

    private final SplittableRandom random = new SplittableRandom(20240501);

    static List<Map<String, Object>> items(int count) {
        ItemGenerator generator = new ItemGenerator();
        List<Map<String, Object>> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(generator.item(i));
        }
        return items;
    }

    private Map<String, Object> item(int i) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("ItemCode", String.format("ART%06d", i));
        item.put("Caption", caption());
        item.put("DescriptionHtml", "<p>" + words(8) + "</p>");
        item.put("ShortDescription", chance(20) ? "" : words(4));
        item.put("FamilyCode", pick(FAMILIES));
        item.put("SubFamilyCode", chance(30) ? blank() : "S" + random.nextInt(1, 40));
        int[] blankPercent = {5, 20, 50, 80, 100, 95};
        for (int level = 0; level < 6; level++) {
            String value = chance(blankPercent[level]) ? blank() : pick(LEVELS);
            item.put("CustomField" + (level + 1), level == 0 && value != null && chance(20) ? "  " + value + " " : value);
        }
        item.put("ExtraCategories", extraCategories());
        item.put("SalePriceExclTax", decimal(0.5, 200, chance(50) ? 2 : 4));
        item.put("PurchasePrice", chance(20) ? null : decimal(0.1, 100, 4));
        item.put("VatRate", new BigDecimal(pick(VAT)));
        item.put("EcoTax", decimal(0, 2, 2));
        item.put("Weight", chance(15) ? null : integer(1, 20000));
        item.put("NetWeight", integer(1, 20000));
        item.put("Width", chance(20) ? null : integer(1, 2000));
        item.put("Height", chance(20) ? null : integer(1, 2000));
        item.put("Depth", chance(20) ? null : integer(1, 2000));
        item.put("Barcode", barcode());
        item.put("Brand", chance(30) ? null : "Marque " + random.nextInt(1, 30));
        item.put("SeoTitle", chance(40) ? blank() : words(5));
        item.put("SeoDescription", chance(40) ? blank() : " " + words(10) + " ");
        item.put("MetaKeywords", chance(60) ? blank() : words(3));
        item.put("Characteristics", characteristics());
        item.put("Sleeping", chance(10));
        item.put("Published", !chance(15));
        item.put("StockTracked", !chance(10));
        item.put("IsVirtual", chance(5));
        item.put("StockQty", integer(0, 500));
        item.put("MinOrderQty", integer(1, 10));
        item.put("PackQty", integer(1, 12));
        item.put("WarrantyMonths", integer(0, 36));
        item.put("ModifiedAt", "2026-0" + random.nextInt(1, 10) + "-1" + random.nextInt(0, 10) + "T08:30:00Z");
        item.put("CreatedAt", "2024-01-15T10:00:00Z");
        item.put("Season", chance(50) ? blank() : pick(new String[] {"Été 2026", "Hiver 2026", "Toutes saisons"}));
        item.put("OriginCountry", pick(new String[] {"FR", "IT", "PT", "CN"}));
        item.put("CustomsCode", "6110" + random.nextInt(1000, 9999));
        item.put("Unit", pick(new String[] {"U", "KG", "M"}));
        item.put("SupplierCode", "F" + random.nextInt(100, 999));
        item.put("SupplierRef", "REF-" + random.nextInt(10000, 99999));
        item.put("Comment", words(6));
        item.put("Location", "A-" + random.nextInt(1, 99));
        return item;
    }

    private String caption() {
        String text = words(random.nextInt(2, 6));
        if (chance(10)) {
            text = text.replaceFirst(" ", "  ");
        }
        if (chance(15)) {
            text = (chance(50) ? "\t" : "  ") + text + " ";
        }
        return text;
    }

    private String extraCategories() {
        return switch (random.nextInt(5)) {
            case 0 -> "";
            case 1 -> pick(LEVELS) + ";" + pick(LEVELS) + ";";
            case 2 -> pick(LEVELS) + " ; ;" + pick(LEVELS);
            case 3 -> " ; " + pick(LEVELS);
            default -> pick(LEVELS);
        };
    }

    private String barcode() {
        int roll = random.nextInt(100);
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            digits.append(random.nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        int check = (10 - sum % 10) % 10;
        if (roll < 70) {
            return digits.toString() + check;
        }
        if (roll < 85) {
            return digits.toString() + (check + 1) % 10;
        }
        if (roll < 90) {
            return digits.substring(0, 8);
        }
        if (roll < 93) {
            return digits.substring(0, 6) + "AB" + digits.substring(8) + check;
        }
        return chance(50) ? null : "";
    }

    private List<Map<String, Object>> characteristics() {
        List<Map<String, Object>> list = new ArrayList<>();
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("Name", CHARACTERISTICS[i]);
            List<Object> values = new ArrayList<>();
            int n = random.nextInt(4);
            for (int v = 0; v < n; v++) {
                values.add(pick(VALUES));
            }
            c.put("Values", values);
            list.add(c);
        }
        return list;
    }

    private String words(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(pick(WORDS));
        }
        return out.toString();
    }

    private String blank() {
        return switch (random.nextInt(3)) {
            case 0 -> null;
            case 1 -> "";
            default -> "   ";
        };
    }

    private BigDecimal decimal(double min, double max, int scale) {
        return BigDecimal.valueOf(random.nextDouble(min, max)).setScale(scale, RoundingMode.HALF_UP).max(BigDecimal.valueOf(1, scale));
    }

    private BigDecimal integer(int min, int max) {
        return BigDecimal.valueOf(random.nextInt(min, max + 1));
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
