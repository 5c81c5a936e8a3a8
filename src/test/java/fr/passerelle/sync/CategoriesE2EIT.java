package fr.passerelle.sync;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.sandbox.SandboxApp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The categories flow (CAT-1, CAT-2) on each shop over HTTP, each on an empty shop of its own,
 * with the 200 PRESSE items: every item gives its category path, and many items share one. The
 * first run writes each path once (the engine sends the records of a page with the same key
 * once; the later pages find its hash), a re-run writes nothing, and an item moved to a new
 * category makes exactly that category.
 */
@StudioIntegrationTest
class CategoriesE2EIT extends OwnShopE2E {

    private static final String PRESS_ONLY = "erpFilter: \"ItemClass eq 'PRESSE'\"\n";
    private static final List<String> ITEMS = IntStream.rangeClosed(1001, 1200).mapToObj(n -> "PRE0" + n).toList();

    /** The item's category levels CAT1 .. CAT6 as the ERP holds them, blanks left out. */
    private List<String> levels(String inventoryId) {
        var item = erp().record("StockItem", inventoryId).orElseThrow();
        List<String> levels = new ArrayList<>();
        for (int level = 1; level <= 6; level++) {
            for (var line : item.path("Attributes")) {
                String value = line.path("Value").path("value").asString("");
                if (("CAT" + level).equals(line.path("AttributeID").path("value").asString()) && !value.isBlank()) {
                    levels.add(value.trim());
                }
            }
        }
        return levels;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(E2EShop.class)
    @DisplayName("CAT-1, CAT-2: each category once, a re-run writes nothing, a moved item makes one category")
    void eachCategoryIsWrittenOnceAReRunWritesNothingAndAMovedItemMakesOneCategory(E2EShop kind) {
        long profile = ownShop(kind, "categories", Map.of(), Map.of("categories", PRESS_ONLY));
        String shopId = shopId(kind, "categories");
        SandboxApp shop = app(shopId);
        Set<String> paths = new TreeSet<>();
        ITEMS.forEach(id -> paths.add(String.join(" > ", levels(id))));
        assertThat(paths.size()).as("items share their category paths").isLessThan(ITEMS.size());
        int before = kind.categoryPaths(shop).size();

        RunSummary first = run(profile, "categories", kind);

        assertThat(first.failed()).as(first.describe()).isZero();
        assertThat(first.writes()).as("one write per category path, not per item").isEqualTo(paths.size());
        assertThat(first.unchanged()).isEqualTo(ITEMS.size() - paths.size());
        List<String> inShop = kind.categoryPaths(shop);
        assertThat(inShop).doesNotHaveDuplicates().containsAll(paths);
        if (kind != E2EShop.SHOPIFY) { // Shopify's reads are GraphQL POSTs too: its log cannot tell writes apart
            assertThat(host.log(shopId).writes()).as("each category created once").isEqualTo(inShop.size() - before);
        }
        host.log(shopId).clear();
        RunSummary again = run(profile, "categories", kind);
        assertThat(again.writes()).isZero();
        assertThat(host.log(shopId).writes()).isZero();

        // CAT-2: an item moved to a new third level makes exactly that one category, under its parents
        String moved = ITEMS.get(150);
        List<String> parents = levels(moved).subList(0, 2);
        String newLevel = "Nouveautés " + kind.type;
        erp().setItemAttribute(moved, "CAT3", newLevel);
        for (String level : List.of("CAT4", "CAT5", "CAT6")) {
            erp().setItemAttribute(moved, level, null);
        }
        host.log(shopId).clear();

        RunSummary next = run(profile, "categories", kind);

        assertThat(next.writes()).as(next.describe()).isEqualTo(1);
        assertThat(next.created()).isEqualTo(1);
        assertThat(kind.categoryPaths(shop)).hasSize(inShop.size() + 1)
                .contains(parents.get(0) + " > " + parents.get(1) + " > " + newLevel);
        if (kind != E2EShop.SHOPIFY) {
            assertThat(host.log(shopId).writes()).isEqualTo(1);
        }
    }
}
