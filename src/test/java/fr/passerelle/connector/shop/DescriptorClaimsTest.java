package fr.passerelle.connector.shop;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.connector.ConnectorRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Descriptors tell the truth (issue 12, point 8): every feature a shop connector's descriptor
 * claims is named by an end-to-end test of that shop.
 *
 * <p>What counts as "named", so that a helper adding an E2E test only has to name the ID: a
 * feature ID (ART-3, STK-7 ...) in a {@code @DisplayName("...")} or {@code @Tag("...")} of a
 * {@code *E2EIT} class under {@code src/test/java} or {@code src/it/java}. It counts for the shops
 * that the display name itself names (WooCommerce, PrestaShop, Shopify; a name split by ';' is read
 * clause by clause); a clause that names no shop counts for the shops of its class: the ones in the class name ({@code ShopifyFlowsE2EIT}), or all
 * three when the class runs over {@code E2EShop} with an {@code @EnumSource(E2EShop.class)}, and
 * the shops whose {@code E2EShop} constant the class names ({@code @CsvSource({"SHOPIFY, ..."})}).
 * IDs in comments or Javadoc do not count: only what the test report shows.
 */
class DescriptorClaimsTest {

    private static final Pattern FEATURE = Pattern.compile("\\b(CAT|ART|STK|PRC|GRP|CUS|CIM|ORD|PST|PAY|PRO|B2B)-\\d+\\b");
    private static final Pattern NAMED = Pattern.compile("@(?:DisplayName|Tag)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");
    private static final Pattern ALL_SHOPS = Pattern.compile("@EnumSource\\(\\s*E2EShop\\.class\\s*\\)");
    private static final Map<String, Pattern> SHOP_NAMES = Map.of(
            "woocommerce", Pattern.compile("(?i)woo(commerce)?"),
            "prestashop", Pattern.compile("(?i)presta(shop)?"),
            "shopify", Pattern.compile("(?i)shopify"));

    /**
     * Claims of features that are implemented and tested, but by E2E tests that do not name the ID
     * yet (their Javadoc does). Each helper's E2E names its IDs in a display name (catalogue-stock:
     * STK, PRC, CUS; the orders helpers: ORD, PAY, PST, CIM); an entry that is named by then is
     * simply ignored, and the list is emptied when the branches are merged. Over-claims (nothing
     * implements them) are not here: they were removed from the descriptors.
     */
    static final Map<String, Set<String>> AWAITING_E2E_NAME = Map.of(
            "woocommerce", Set.of("ART-6", "ART-7", "ART-8", "ART-12", "ART-13", "ART-14", "ART-15", "ART-16",
                    "ART-17", "ART-18", "STK-3", "STK-5", "STK-6", "STK-7", "PRC-1", "PRC-5", "PRC-6", "PRC-7", "PRC-8",
                    "CUS-2", "CUS-5", "CUS-6", "CUS-9", "CUS-10", "CIM-1", "CIM-2", "ORD-4", "ORD-5", "ORD-6", "ORD-7",
                    "ORD-8", "ORD-9", "ORD-10", "ORD-14", "PST-1", "PST-2", "PST-3", "PST-4", "PAY-1", "PAY-2", "PAY-4",
                    "PRO-1", "B2B-1", "B2B-2",
                    "ART-9", "ART-10", "ART-11"),
            "prestashop", Set.of("ART-6", "ART-8", "ART-12", "ART-13", "ART-14", "ART-16", "ART-17", "ART-18",
                    "CAT-3", "STK-3", "STK-5", "STK-6", "STK-7", "PRC-1", "PRC-3", "PRC-4", "PRC-5", "PRC-6", "PRC-7",
                    "PRC-8", "CUS-2", "CUS-3", "CUS-5", "CUS-6", "CUS-9", "CIM-1", "CIM-2", "ORD-4", "ORD-5", "ORD-6",
                    "ORD-7", "ORD-9", "ORD-10", "ORD-14", "PST-1", "PST-2", "PST-3", "PAY-1", "PAY-2", "PAY-4", "PRO-1",
                    "B2B-2",
                    "ART-3", "ART-9", "ART-10", "ART-11"),
            "shopify", Set.of("ART-6", "ART-7", "ART-8", "ART-12", "ART-13", "ART-14", "ART-15", "ART-16",
                    "ART-17", "ART-18", "CAT-3", "STK-3", "STK-5", "STK-6", "PRC-1", "PRC-3", "PRC-4", "PRC-7", "PRC-8",
                    "CUS-2", "CUS-3", "CUS-5", "CUS-9", "CUS-10", "CIM-1", "CIM-2", "ORD-4", "ORD-5", "ORD-6", "ORD-7",
                    "ORD-8", "ORD-9", "ORD-10", "ORD-14", "PST-1", "PST-2", "PST-3", "PAY-1", "PAY-2", "PAY-4", "PRO-1",
                    "B2B-1", "B2B-2",
                    "ART-3"));

    private final ConnectorRegistry registry = ConnectorRegistry.load();

    @Test
    @DisplayName("Descriptors tell the truth: every feature a shop descriptor claims is named by an E2E test of that shop")
    void everyClaimedFeatureIsNamedByAnEndToEndTestOfThatShop() {
        Map<String, Set<String>> named = namedByEndToEndTests();
        Map<String, Set<String>> unproven = new TreeMap<>();
        for (String shop : SHOP_NAMES.keySet()) {
            Set<String> claims = new TreeSet<>(registry.shop(shop).orElseThrow().descriptor().features());
            claims.removeAll(named.getOrDefault(shop, Set.of()));
            claims.removeAll(AWAITING_E2E_NAME.getOrDefault(shop, Set.of()));
            if (!claims.isEmpty()) {
                unproven.put(shop, claims);
            }
        }
        assertThat(unproven).as("features claimed by a descriptor that no *E2EIT names in a @DisplayName/@Tag for "
                + "that shop: name them in the E2E test that proves them, or remove the claim").isEmpty();
    }

    @Test
    @DisplayName("Over-claims of issue 12 are gone: Shopify ART-9, ART-11, STK-2, STK-7, GRP-1, CUS-6, PST-4; "
            + "WooCommerce and PrestaShop ART-4; WooCommerce STK-8 (unless an E2E names them)")
    void theOverClaimsOfIssue12AreGoneUnlessAnEndToEndTestNamesThem() {
        Map<String, Set<String>> named = namedByEndToEndTests();
        Map<String, List<String>> overClaims = Map.of(
                "shopify", List.of("ART-9", "ART-11", "STK-2", "STK-7", "GRP-1", "CUS-6", "PST-4"),
                "woocommerce", List.of("ART-4", "STK-8"),
                "prestashop", List.of("ART-4"));
        overClaims.forEach((shop, ids) -> ids.forEach(id -> {
            boolean claimed = registry.shop(shop).orElseThrow().descriptor().supports(id);
            assertThat(!claimed || named.getOrDefault(shop, Set.of()).contains(id))
                    .as(shop + " claims " + id + " without an E2E test naming it").isTrue();
            assertThat(AWAITING_E2E_NAME.get(shop)).as("an over-claim is not a pending name").doesNotContain(id);
        }));
    }

    @Test
    @DisplayName("The scan finds the feature IDs that E2E display names give, per shop")
    void theScanReadsDisplayNamesPerShop() {
        assertThat(named("class ShopifyFlowsE2EIT { @DisplayName(\"ART-3 variants\") void t() {} }"))
                .containsExactly(Map.entry("shopify", Set.of("ART-3")));
        assertThat(named("@EnumSource(E2EShop.class) @DisplayName(\"STK-1 and STK-2\") // ART-9 in a comment"))
                .containsOnlyKeys("woocommerce", "prestashop", "shopify")
                .allSatisfy((shop, ids) -> assertThat(ids).containsExactlyInAnyOrder("STK-1", "STK-2"));
        assertThat(named("@EnumSource(E2EShop.class) @DisplayName(\"PrestaShop: ART-4 packs\")"))
                .containsExactly(Map.entry("prestashop", Set.of("ART-4")));
        assertThat(named("CustomersE2EIT\n@EnumSource(E2EShop.class) @DisplayName(\"GRP-1 on WooCommerce and PrestaShop; "
                + "CUS-1\")")).containsOnlyKeys("woocommerce", "prestashop", "shopify")
                .containsEntry("shopify", Set.of("CUS-1")).containsEntry("prestashop", Set.of("CUS-1", "GRP-1"));
    }

    /** Feature IDs named per shop by every E2E class of the project's test sources. */
    static Map<String, Set<String>> namedByEndToEndTests() {
        Map<String, Set<String>> named = new TreeMap<>();
        for (String root : List.of("src/test/java", "src/it/java")) {
            Path dir = Path.of(root);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith("E2EIT.java")).toList()) {
                    String className = file.getFileName().toString().replace(".java", "");
                    merge(named, named(className + "\n" + Files.readString(file)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return named;
    }

    /** Feature IDs per shop in one source text whose first line is its class name. */
    private static Map<String, Set<String>> named(String source) {
        String className = source.lines().findFirst().orElse("");
        Set<String> classShops = new TreeSet<>();
        SHOP_NAMES.forEach((shop, pattern) -> {
            if (pattern.matcher(className).find()) {
                classShops.add(shop);
            }
        });
        if (ALL_SHOPS.matcher(source).find()) {
            classShops.addAll(SHOP_NAMES.keySet());
        }
        SHOP_NAMES.keySet().forEach(shop -> {
            // E2EShop's constant, as a parameter source (@CsvSource({"SHOPIFY, ..."})) names it
            if (Pattern.compile("\\b" + shop.toUpperCase(java.util.Locale.ROOT) + "\\b").matcher(source).find()) {
                classShops.add(shop);
            }
        });
        Map<String, Set<String>> named = new TreeMap<>();
        Matcher names = NAMED.matcher(source);
        while (names.find()) {
            for (String clause : names.group(1).split(";")) {
                name(clause, classShops, named);
            }
        }
        return named;
    }

    /** One clause of a display name: its IDs count for the shops it names, else for the class's. */
    private static void name(String text, Set<String> classShops, Map<String, Set<String>> named) {
        Set<String> shops = new TreeSet<>();
        SHOP_NAMES.forEach((shop, pattern) -> {
            if (pattern.matcher(text).find()) {
                shops.add(shop);
            }
        });
        Set<String> ids = new TreeSet<>();
        FEATURE.matcher(text).results().forEach(m -> ids.add(m.group()));
        if (!ids.isEmpty()) {
            (shops.isEmpty() ? classShops : shops).forEach(shop -> named.computeIfAbsent(shop,
                    s -> new TreeSet<>()).addAll(ids));
        }
    }

    private static void merge(Map<String, Set<String>> into, Map<String, Set<String>> more) {
        more.forEach((shop, ids) -> into.computeIfAbsent(shop, s -> new TreeSet<>()).addAll(ids));
    }
}
