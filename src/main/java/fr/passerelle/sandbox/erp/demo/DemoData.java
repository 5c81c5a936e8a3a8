package fr.passerelle.sandbox.erp.demo;

import fr.passerelle.sandbox.erp.EntityStore;
import java.time.Clock;
import java.util.Random;
import java.util.function.BiFunction;
import tools.jackson.databind.node.ObjectNode;

/** Fills a sandbox store with the demo company, always the same for the same seed. */
public final class DemoData {

    /** Declares a custom field: entity, view, field, custom type. */
    @FunctionalInterface
    public interface CustomFields {
        void declare(String entity, String view, String field, String type);
    }

    /**
     * Where the data goes.
     *
     * @param store the entity store
     * @param customFields where custom fields are declared (for {@code $adHocSchema})
     * @param files registers an attached file (name, comment) and returns its {@code files} entry
     */
    public record Target(EntityStore store, CustomFields customFields, BiFunction<String, String, ObjectNode> files) {
    }

    /** Items generated for each family, beyond matrix variants and kits (at least 2,000 items in all). */
    static final int ITEMS_PER_FAMILY = 200;
    static final int CUSTOMERS = 500;
    /** Stock items of the default catalogue: 7 families x 200, 120 matrix templates x 8 variants, 40 kits. */
    public static final int DEFAULT_ITEMS = 2_400;

    private DemoData() {
    }

    public static void load(Target target, long seed, Clock clock) {
        load(target, seed, clock, DEFAULT_ITEMS);
    }

    /** @param itemCount about how many stock items: the families' items and matrix templates scale with it */
    public static void load(Target target, long seed, Clock clock, int itemCount) {
        Random random = new Random(seed);
        Stamps stamps = new Stamps(clock, random);
        ReferenceData.load(target);
        ItemGenerator items = new ItemGenerator(target, random, stamps, (double) itemCount / DEFAULT_ITEMS);
        items.generate();
        new CustomerGenerator(target.store(), random, stamps).generate(CUSTOMERS);
        new PriceGenerator(target.store(), random, stamps).generate(items.sampleItems());
    }
}
