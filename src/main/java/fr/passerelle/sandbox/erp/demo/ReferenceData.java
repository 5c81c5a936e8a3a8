package fr.passerelle.sandbox.erp.demo;

import fr.passerelle.sandbox.erp.EntityStore;
import fr.passerelle.sandbox.erp.TaxRates;
import fr.passerelle.sandbox.erp.Wire;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Entities, warehouses, VAT categories, item classes, attributes, price classes and custom fields. */
final class ReferenceData {

    static final List<String> WAREHOUSES = List.of("PARIS", "LYON", "MARSEILLE");
    static final List<String> PRICE_CLASSES = List.of("DETAIL", "REVENDEUR", "GROSSISTE", "VIP");
    /** Attribute id, description, control type ("Text", "Combo", "Multi Select Combo"). */
    static final List<String[]> ATTRIBUTES = List.of(
            new String[] {"CAT1", "Catégorie niveau 1", "Text"}, new String[] {"CAT2", "Catégorie niveau 2", "Text"},
            new String[] {"CAT3", "Catégorie niveau 3", "Text"}, new String[] {"CAT4", "Catégorie niveau 4", "Text"},
            new String[] {"CAT5", "Catégorie niveau 5", "Text"}, new String[] {"CAT6", "Catégorie niveau 6", "Text"},
            new String[] {"CATEXTRA", "Catégories supplémentaires", "Multi Select Combo"},
            new String[] {"COLOR", "Couleur", "Combo"}, new String[] {"SIZE", "Taille", "Combo"},
            new String[] {"MATIERE", "Matières", "Multi Select Combo"},
            new String[] {"SIRET", "N° SIRET", "Text"}, new String[] {"NAF", "Code NAF (APE)", "Text"});

    private ReferenceData() {
    }

    static void load(DemoData.Target target) {
        EntityStore store = target.store();
        store.define("StockItem", "InventoryID");
        store.define("NonStockItem", "InventoryID");
        store.define("TemplateItems", "InventoryID");
        store.define("KitSpecification", "KitInventoryID", "RevisionID");
        store.define("ItemClass", "ClassID");
        store.define("AttributeDefinition", "AttributeID");
        store.define("Warehouse", "WarehouseID");
        store.define("TaxCategory", "TaxCategoryID");
        store.define("CustomerPriceClass", "PriceClassID");
        store.define("SalesPriceWorksheet", "ReferenceNbr");
        store.define("Customer", "CustomerID");
        store.define("CustomerLocation", "Customer", "LocationID");
        store.define("SalesOrder", "OrderType", "OrderNbr");
        store.define("Shipment", "ShipmentNbr");
        store.define("SalesInvoice", "Type", "ReferenceNbr");
        store.define("Payment", "Type", "ReferenceNbr");

        DemoData.CustomFields custom = target.customFields();
        custom.declare("StockItem", "ItemSettings", "UsrBrand", "CustomStringField");
        custom.declare("StockItem", "ItemSettings", "UsrExtraPictures", "CustomStringField");
        custom.declare("StockItem", "ItemSettings", "UsrEcoTax", "CustomDecimalField");
        custom.declare("StockItem", "ItemSettings", "UsrWidth", "CustomDecimalField");
        custom.declare("StockItem", "ItemSettings", "UsrHeight", "CustomDecimalField");
        custom.declare("StockItem", "ItemSettings", "UsrDepth", "CustomDecimalField");
        custom.declare("Customer", "CurrentCustomer", "UsrWebAccount", "CustomBooleanField");
        custom.declare("SalesOrder", "Document", "UsrShopOrderID", "CustomStringField");

        String[][] warehouses = {{"PARIS", "Entrepôt Paris Nord"}, {"LYON", "Dépôt Lyon Sud"},
            {"MARSEILLE", "Dépôt Marseille Port"}};
        for (String[] w : warehouses) {
            ObjectNode warehouse = record("WarehouseID", w[0], "Description", w[1], "Active", Boolean.TRUE);
            store.insert("Warehouse", warehouse);
        }
        TaxRates.RATES.forEach((id, rate) -> {
            ObjectNode category = record("TaxCategoryID", id, "Description", "TVA " + rate.toPlainString() + " %",
                    "Active", Boolean.TRUE);
            ArrayNode details = category.putArray("Details");
            ObjectNode tax = details.addObject();
            tax.put("id", java.util.UUID.nameUUIDFromBytes(id.getBytes()).toString());
            Wire.set(tax, "TaxID", id);
            Wire.set(tax, "TaxRate", rate);
            store.insert("TaxCategory", category);
        });
        String[] priceClassNames = {"Particuliers", "Revendeurs", "Grossistes", "Clients VIP"};
        for (int i = 0; i < PRICE_CLASSES.size(); i++) {
            store.insert("CustomerPriceClass", record("PriceClassID", PRICE_CLASSES.get(i), "Description",
                    priceClassNames[i]));
        }
        for (String[] a : ATTRIBUTES) {
            store.insert("AttributeDefinition", record("AttributeID", a[0], "Description", a[1], "ControlType", a[2],
                    "Internal", Boolean.FALSE));
        }
        for (Family family : Family.ALL) {
            ObjectNode itemClass = record("ClassID", family.classId(), "Description", family.description(),
                    "TaxCategoryID", family.taxCategory(), "DefaultWarehouseID", "PARIS", "ItemType", "Finished Good");
            ArrayNode attributes = itemClass.putArray("Attributes");
            for (String[] a : ATTRIBUTES) {
                boolean variant = a[0].equals("COLOR") || a[0].equals("SIZE");
                if (a[0].equals("SIRET") || a[0].equals("NAF") || (variant && !family.matrix())) {
                    continue;
                }
                ObjectNode line = attributes.addObject();
                line.put("id", java.util.UUID.nameUUIDFromBytes((family.classId() + a[0]).getBytes()).toString());
                Wire.set(line, "AttributeID", a[0]);
                Wire.set(line, "Description", a[1]);
                Wire.set(line, "Required", Boolean.FALSE);
                Wire.set(line, "IsVariant", variant);
            }
            store.insert("ItemClass", itemClass);
        }
        store.insert("ItemClass", record("ClassID", "COFFRET", "Description", "Coffrets cadeaux (kits)",
                "TaxCategoryID", "TVA20", "DefaultWarehouseID", "PARIS", "ItemType", "Finished Good"));
        String[][] services = {{"PORT", "Frais de port", "TVA20", "0"}, {"EMBALLAGE", "Emballage cadeau", "TVA20", "3.5"},
            {"ECOPART", "Éco-participation", "TVA20", "0.5"}, {"GRAVURE", "Gravure personnalisée", "TVA20", "12"}};
        for (String[] s : services) {
            store.insert("NonStockItem", record("InventoryID", s[0], "Description", s[1], "TaxCategory", s[2],
                    "DefaultPrice", new java.math.BigDecimal(s[3]), "ItemStatus", "Active", "ItemClass", "SERVICES",
                    "BaseUnit", "UNITE", "RequireShipment", Boolean.FALSE, "LastModifiedDateTime",
                    "2025-01-06T09:00:00.000+01:00"));
        }
    }

    /** A record from name/value pairs. */
    static ObjectNode record(Object... pairs) {
        ObjectNode record = Wire.object();
        for (int i = 0; i < pairs.length; i += 2) {
            Wire.set(record, (String) pairs[i], pairs[i + 1]);
        }
        // reference records get ids from their first key, so they are stable across starts
        record.put("id", java.util.UUID.nameUUIDFromBytes(String.valueOf(pairs[1]).getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).toString());
        return record;
    }
}
