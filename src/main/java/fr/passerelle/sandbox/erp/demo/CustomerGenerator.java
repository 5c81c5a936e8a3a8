package fr.passerelle.sandbox.erp.demo;

import fr.passerelle.sandbox.erp.EntityStore;
import fr.passerelle.sandbox.erp.Wire;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Customers: private buyers and companies (with SIRET, NAF and VAT number), main, billing and
 * shipping contacts, extra contacts, one to three locations, a price class, about 4 % inactive.
 */
final class CustomerGenerator {

    private final EntityStore store;
    private final Random random;
    private final Stamps stamps;

    CustomerGenerator(EntityStore store, Random random, Stamps stamps) {
        this.store = store;
        this.random = random;
        this.stamps = stamps;
    }

    void generate(int count) {
        for (int i = 1; i <= count; i++) {
            customer(String.format("C%05d", i), i);
        }
    }

    private void customer(String id, int index) {
        boolean company = random.nextInt(3) == 0;
        String first = Vocabulary.pick(random, Vocabulary.FIRST_NAMES);
        String last = Vocabulary.pick(random, Vocabulary.LAST_NAMES);
        String[] city = Vocabulary.pick(random, Vocabulary.CITIES);
        String name = company ? Vocabulary.pick(random, Vocabulary.COMPANY_WORDS) + " " + last : first + " " + last;
        String email = ascii(first + "." + last).toLowerCase(Locale.ROOT) + index + "@"
                + (company ? ascii(last).toLowerCase(Locale.ROOT) + "-commerce.fr" : "exemple-mail.fr");
        String priceClass = company ? ReferenceData.PRICE_CLASSES.get(1 + random.nextInt(3)) : "DETAIL";
        ObjectNode customer = ReferenceData.record("CustomerID", id, "CustomerName", name, "CustomerClass",
                company ? "PRO" : "PARTICULIER", "PriceClassID", priceClass,
                "Status", random.nextInt(25) == 0 ? "Inactive" : "Active", "Terms", company ? "30J" : "COMPTANT",
                "TaxZone", "FR", "CurrencyID", "EUR", "ShipVia", random.nextBoolean() ? "COLISSIMO" : "CHRONOPOST",
                "Email", email, "BillingAddressOverride", Boolean.FALSE, "ShippingAddressOverride",
                Boolean.FALSE, "LastModifiedDateTime", stamps.past());
        String siret = company ? Codes.siret(random) : null;
        if (siret != null) {
            Wire.set(customer, "TaxRegistrationID", Codes.vatNumber(siret));
        }
        ObjectNode main = contact(company ? name : null, first, last, email, city);
        customer.set("MainContact", main);
        customer.set("BillingContact", main.deepCopy());
        customer.set("ShippingContact", main.deepCopy());
        ArrayNode contacts = customer.putArray("Contacts");
        int extra = company ? 1 + random.nextInt(2) : 0;
        for (int c = 0; c < extra; c++) {
            String cf = Vocabulary.pick(random, Vocabulary.FIRST_NAMES);
            String cl = Vocabulary.pick(random, Vocabulary.LAST_NAMES);
            ObjectNode line = ReferenceData.record("ContactID", Integer.valueOf(index * 10 + c), "FirstName", cf,
                    "LastName", cl, "Email", ascii(cf).toLowerCase(Locale.ROOT) + "@" + email.substring(
                            email.indexOf('@') + 1), "Phone1", phone(), "JobTitle", c == 0 ? "Acheteur" : "Comptable",
                    "Active", Boolean.TRUE);
            line.put("id", Codes.uuid(random));
            contacts.add(line);
        }
        ArrayNode attributes = customer.putArray("Attributes");
        ItemGenerator.attribute(attributes, "SIRET", siret, random);
        ItemGenerator.attribute(attributes, "NAF", company ? Vocabulary.pick(random, Vocabulary.NAF) : null, random);
        customer.putObject("custom").putObject("CurrentCustomer").set("UsrWebAccount",
                Wire.custom("CustomBooleanField", random.nextBoolean()));
        customer.put("id", Codes.uuid(random));
        store.insert("Customer", customer);
        int locations = 1 + (company ? random.nextInt(3) : random.nextInt(2));
        for (int l = 0; l < locations; l++) {
            String[] where = l == 0 ? city : Vocabulary.pick(random, Vocabulary.CITIES);
            ObjectNode location = ReferenceData.record("Customer", id, "LocationID", l == 0 ? "MAIN" : "LIV" + l,
                    "LocationName", l == 0 ? "Adresse principale" : "Livraison " + where[0], "Active", Boolean.TRUE,
                    "Default", l == 0, "ShipVia", Wire.text(customer, "ShipVia"), "TaxZone", "FR",
                    "LastModifiedDateTime", Wire.text(customer, "LastModifiedDateTime"));
            location.set("LocationContact", l == 0 ? main.deepCopy() : contact(company ? name : null, first, last,
                    email, where));
            location.put("id", Codes.uuid(random));
            store.insert("CustomerLocation", location);
        }
    }

    private ObjectNode contact(String companyName, String first, String last, String email, String[] city) {
        ObjectNode contact = ReferenceData.record("CompanyName", companyName, "FirstName", first, "LastName", last,
                "Attention", first + " " + last, "Email", email, "Phone1", phone());
        ObjectNode address = ReferenceData.record("AddressLine1", (1 + random.nextInt(120)) + " "
                + Vocabulary.pick(random, Vocabulary.STREETS), "AddressLine2", random.nextInt(5) == 0
                        ? "Bâtiment " + (char) ('A' + random.nextInt(4)) : null,
                "City", city[0], "PostalCode", city[1], "State", city[2], "Country", "FR");
        contact.set("Address", address);
        return contact;
    }

    private String phone() {
        return String.format("0%d %02d %02d %02d %02d", 1 + random.nextInt(7), random.nextInt(100), random.nextInt(100),
                random.nextInt(100), random.nextInt(100));
    }

    static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^A-Za-z.]", "");
    }
}
