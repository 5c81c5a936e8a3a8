package fr.passerelle.sandbox.erp.demo;

import fr.passerelle.sandbox.erp.EntityStore;
import fr.passerelle.sandbox.erp.Wire;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stock items: plain items of every family, matrix (template) items with colour x size
 * variants, gift kits, about 5 % inactive, with category attributes (blank deeper levels),
 * extra categories, multi-valued materials, brands, pictures, data sheets and barcodes.
 */
final class ItemGenerator {

    private static final int TEMPLATES_PER_MATRIX_FAMILY = 60;
    private static final int KITS = 40;

    private final DemoData.Target target;
    private final EntityStore store;
    private final Random random;
    private final Stamps stamps;
    private final List<String> sample = new ArrayList<>();
    private final int itemsPerFamily;
    private final int templatesPerMatrixFamily;
    private int sequence;

    ItemGenerator(DemoData.Target target, Random random, Stamps stamps) {
        this(target, random, stamps, 1.0);
    }

    /** @param scale how many times the default catalogue (plain items and matrix templates; kits stay 40) */
    ItemGenerator(DemoData.Target target, Random random, Stamps stamps, double scale) {
        this.itemsPerFamily = Math.max(1, (int) Math.round(DemoData.ITEMS_PER_FAMILY * scale));
        this.templatesPerMatrixFamily = Math.max(1, (int) Math.round(TEMPLATES_PER_MATRIX_FAMILY * scale));
        this.target = target;
        this.store = target.store();
        this.random = random;
        this.stamps = stamps;
    }

    void generate() {
        for (Family family : Family.ALL) {
            for (int i = 0; i < itemsPerFamily; i++) {
                ObjectNode item = item(family, family.classId().substring(0, 3) + String.format("%05d", ++sequence),
                        name(family), null);
                insert("StockItem", item);
                if (sample.size() < 120 && random.nextInt(8) == 0) {
                    sample.add(Wire.text(item, "InventoryID"));
                }
            }
            if (family.matrix()) {
                for (int t = 0; t < templatesPerMatrixFamily; t++) {
                    template(family, family.classId().substring(0, 3) + "M" + String.format("%04d", t + 1));
                }
            }
        }
        for (int k = 0; k < KITS; k++) {
            kit("COF" + String.format("%04d", k + 1));
        }
    }

    /** Items the price worksheets use. */
    List<String> sampleItems() {
        return sample;
    }

    private String name(Family family) {
        String noun = Vocabulary.pick(random, family.nouns());
        String qualifier = Vocabulary.pick(random, family.qualifiers());
        return qualifier.endsWith("n°") ? noun + " " + qualifier + (100 + random.nextInt(200)) : noun + " " + qualifier;
    }

    private ObjectNode item(Family family, String id, String description, String templateId) {
        int cents = family.minPrice() + random.nextInt(family.maxPrice() - family.minPrice());
        BigDecimal price = BigDecimal.valueOf(cents, 2);
        boolean inactive = random.nextInt(20) == 0;
        ObjectNode item = ReferenceData.record("InventoryID", id, "Description", description, "ItemClass",
                family.classId(), "ItemStatus", inactive ? "Inactive" : "Active", "ItemType", "Finished Good",
                "BaseUOM", "PIECE", "SalesUOM", "PIECE", "DefaultPrice", price,
                "MSRP", price.multiply(new BigDecimal("1.2")).setScale(2, java.math.RoundingMode.HALF_UP),
                "LastCost", price.multiply(new BigDecimal("0.55")).setScale(2, java.math.RoundingMode.HALF_UP),
                "TaxCategory", family.taxCategory(), "DimensionWeight",
                BigDecimal.valueOf(50 + random.nextInt(2000), 3), "WeightUOM", "KG", "DefaultWarehouseID", "PARIS",
                "IsAKit", Boolean.FALSE, "Visibility", inactive ? "Invisible" : "Visible",
                "Content", "<p>" + description + " de la marque sélectionnée par nos acheteurs.</p>",
                "MetaTitle", description, "MetaDescription", description + " - livraison rapide en France",
                "MetaKeywords", family.description().toLowerCase(java.util.Locale.ROOT) + ", " + family.universe()
                        .toLowerCase(java.util.Locale.ROOT),
                "ImageUrl", "https://images.demo-passerelle.fr/articles/" + id + ".jpg",
                "LastModifiedDateTime", stamps.past());
        if (templateId != null) {
            Wire.set(item, "TemplateItemID", templateId);
        }
        item.put("note", "");
        attributes(item, family, description);
        warehouses(item);
        barcode(item);
        files(item, id);
        custom(item);
        return item;
    }

    private void attributes(ObjectNode item, Family family, String description) {
        ArrayNode attributes = item.putArray("Attributes");
        String[] levels = {family.universe(), Vocabulary.pick(random, family.departments()), plural(description),
            random.nextInt(5) == 0 ? "" : description.substring(description.indexOf(' ') + 1),
            random.nextInt(10) < 4 ? "Sélection " + (1 + random.nextInt(4)) : "",
            random.nextInt(10) == 0 ? "Édition limitée" : ""};
        for (int level = 0; level < 6; level++) {
            // blank levels are sent as attributes without a value, as the ERP stores them
            attribute(attributes, "CAT" + (level + 1), levels[level].isEmpty() || (level > 0
                    && levels[level - 1].isEmpty()) ? null : levels[level]);
        }
        if (random.nextInt(3) == 0) {
            attribute(attributes, "CATEXTRA", Vocabulary.pick(random, Vocabulary.EXTRA_CATEGORIES)
                    + (random.nextBoolean() ? "," + Vocabulary.pick(random, Vocabulary.EXTRA_CATEGORIES) : ""));
        }
        if (family.classId().equals("VETEMENT") || family.classId().equals("MAISON")) {
            String first = Vocabulary.pick(random, Vocabulary.MATERIALS);
            String second = Vocabulary.pick(random, Vocabulary.MATERIALS);
            attribute(attributes, "MATIERE", first.equals(second) ? first : first + "," + second);
        }
    }

    private static String plural(String description) {
        String noun = description.split(" ")[0];
        return noun.endsWith("s") ? noun : noun + "s";
    }

    void attribute(ArrayNode attributes, String id, String value) {
        attribute(attributes, id, value, random);
    }

    static void attribute(ArrayNode attributes, String id, String value, Random random) {
        ObjectNode line = attributes.addObject();
        line.put("id", Codes.uuid(random));
        Wire.set(line, "AttributeID", id);
        Wire.set(line, "Value", value);
        Wire.set(line, "ValueDescription", value);
    }

    private static void axis(ArrayNode attributes, String variantId, String id, String value) {
        ObjectNode line = attributes.addObject();
        line.put("id", java.util.UUID.nameUUIDFromBytes((variantId + "/" + id).getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).toString());
        Wire.set(line, "AttributeID", id);
        Wire.set(line, "Value", value);
        Wire.set(line, "ValueDescription", value);
    }

    private void warehouses(ObjectNode item) {
        ArrayNode details = item.putArray("WarehouseDetails");
        for (String warehouse : ReferenceData.WAREHOUSES) {
            if (!warehouse.equals("PARIS") && random.nextInt(3) == 0) {
                continue;
            }
            ObjectNode line = details.addObject();
            line.put("id", Codes.uuid(random));
            int onHand = random.nextInt(6) == 0 ? 0 : random.nextInt(250);
            Wire.set(line, "WarehouseID", warehouse);
            Wire.set(line, "QtyOnHand", BigDecimal.valueOf(onHand));
            Wire.set(line, "QtyAvailable", BigDecimal.valueOf(Math.max(0, onHand - random.nextInt(5))));
            Wire.set(line, "IsDefault", warehouse.equals("PARIS"));
            Wire.set(line, "Status", "Active");
            Wire.set(line, "LastModifiedDateTime", stamps.past());
        }
    }

    private void barcode(ObjectNode item) {
        ArrayNode references = item.putArray("CrossReferences");
        ObjectNode line = references.addObject();
        line.put("id", Codes.uuid(random));
        Wire.set(line, "AlternateType", "Barcode");
        // about one barcode in fifty has a wrong check digit, as in real catalogues
        Wire.set(line, "AlternateID", Codes.ean13(random, random.nextInt(50) != 0));
        Wire.set(line, "UOM", "PIECE");
    }

    private void files(ObjectNode item, String id) {
        ArrayNode files = item.putArray("files");
        files.add(target.files().apply(id + ".jpg", "Photo principale"));
        if (random.nextInt(4) == 0) {
            files.add(target.files().apply(id + "-fiche-technique.pdf", "Fiche technique"));
        }
    }

    private void custom(ObjectNode item) {
        ObjectNode settings = item.putObject("custom").putObject("ItemSettings");
        settings.set("UsrBrand", Wire.custom("CustomStringField", random.nextInt(8) == 0 ? null
                : Vocabulary.pick(random, Vocabulary.BRANDS)));
        String id = Wire.text(item, "InventoryID");
        settings.set("UsrExtraPictures", Wire.custom("CustomStringField", random.nextBoolean()
                ? "https://res.cloudinary.com/demo-passerelle/image/upload/" + id + "-2.jpg;"
                        + "https://www.dropbox.com/s/demo/" + id + "-3.jpg?dl=1" : null));
        settings.set("UsrEcoTax", Wire.custom("CustomDecimalField", BigDecimal.valueOf(random.nextInt(60), 2)));
        settings.set("UsrWidth", Wire.custom("CustomDecimalField", BigDecimal.valueOf(5 + random.nextInt(60))));
        settings.set("UsrHeight", Wire.custom("CustomDecimalField", BigDecimal.valueOf(2 + random.nextInt(80))));
        settings.set("UsrDepth", Wire.custom("CustomDecimalField", BigDecimal.valueOf(1 + random.nextInt(40))));
    }

    private void template(Family family, String templateId) {
        String name = name(family);
        List<String> colours = new ArrayList<>(Vocabulary.COLOURS);
        java.util.Collections.shuffle(colours, random);
        int firstSize = random.nextInt(family.sizes().size() - 3);
        ObjectNode template = ReferenceData.record("InventoryID", templateId, "Description", name, "ItemClass",
                family.classId(), "ItemStatus", "Active", "DefaultPrice", null, "TaxCategory", family.taxCategory(),
                "LastModifiedDateTime", stamps.past());
        ArrayNode matrix = template.putArray("Matrix");
        BigDecimal price = null;
        for (String colour : colours.subList(0, 2)) {
            for (String size : family.sizes().subList(firstSize, firstSize + 4)) {
                String variantId = templateId + "-" + colour.substring(0, 3).toUpperCase(java.util.Locale.ROOT)
                        .replace('É', 'E') + "-" + size;
                ObjectNode variant = item(family, variantId, name + " " + colour.toLowerCase(java.util.Locale.ROOT)
                        + " " + size, templateId);
                price = price == null ? Wire.decimal(variant, "DefaultPrice") : price;
                Wire.set(variant, "DefaultPrice", price);
                ArrayNode attributes = (ArrayNode) variant.get("Attributes");
                attribute(attributes, "COLOR", colour);
                attribute(attributes, "SIZE", size);
                insert("StockItem", variant);
                ObjectNode line = matrix.addObject();
                line.put("id", Codes.uuid(random));
                for (String field : new String[] {"InventoryID", "Description", "DefaultPrice", "MSRP", "ItemStatus",
                    "DimensionWeight", "ImageUrl", "CrossReferences"}) {
                    line.set(field, variant.get(field).deepCopy());
                }
                // the variant's axis values, as the matrix line shows them (assumed: docs/connectors.md);
                // ids from the names, so the rest of the catalogue draws the same random numbers as before
                ArrayNode axes = line.putArray("Attributes");
                axis(axes, variantId, "COLOR", colour);
                axis(axes, variantId, "SIZE", size);
            }
        }
        Wire.set(template, "DefaultPrice", price);
        insert("TemplateItems", template);
    }

    private void kit(String kitId) {
        Family family = Family.ALL.get(2);
        String name = "Coffret " + Vocabulary.pick(random, List.of("gourmand", "découverte", "terroir", "apéritif",
                "petit-déjeuner")) + " " + Vocabulary.pick(random, List.of("de Provence", "breton", "du Sud-Ouest",
                        "alsacien"));
        ObjectNode item = item(family, kitId, name, null);
        Wire.set(item, "ItemClass", "COFFRET");
        Wire.set(item, "TaxCategory", "TVA55");
        Wire.set(item, "IsAKit", Boolean.TRUE);
        insert("StockItem", item);
        ObjectNode spec = ReferenceData.record("KitInventoryID", kitId, "RevisionID", "1", "Description", name,
                "IsActive", Boolean.TRUE, "LastModifiedDateTime", stamps.past());
        ArrayNode components = spec.putArray("StockComponents");
        int count = 2 + random.nextInt(3);
        for (int c = 0; c < count; c++) {
            ObjectNode line = components.addObject();
            line.put("id", Codes.uuid(random));
            Wire.set(line, "StockInventoryID", "EPI" + String.format("%05d", 401 + random.nextInt(200)));
            Wire.set(line, "ComponentQty", BigDecimal.valueOf(1 + random.nextInt(3)));
            Wire.set(line, "UOM", "PIECE");
        }
        insert("KitSpecification", spec);
    }

    private void insert(String entity, ObjectNode record) {
        record.put("id", Codes.uuid(random));
        store.insert(entity, record);
    }
}
