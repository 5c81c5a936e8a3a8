package fr.passerelle.sync;

import fr.passerelle.sandbox.SandboxApp;
import fr.passerelle.sandbox.SandboxHost;
import fr.passerelle.sandbox.shop.ShopJson;
import fr.passerelle.sandbox.shop.prestashop.PrestaShopSandbox;
import fr.passerelle.sandbox.shop.shopify.ShopifySandbox;
import fr.passerelle.sandbox.shop.woocommerce.WooCommerceSandbox;
import fr.passerelle.store.MappingRepository;
import fr.passerelle.store.ProfileRepository;
import fr.passerelle.store.ShopProfile;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The three shop sandboxes as the end-to-end tests see them: how to mount an empty one of a
 * test's own (the Spring context and the demo shops are shared by every integration test of the
 * JVM, in any order), and how to read back what a flow put in it, whatever its API's shape.
 */
enum E2EShop {

    WOOCOMMERCE("woocommerce", "ERP sandbox -> WooCommerce sandbox") {
        @Override
        SandboxApp newShop(String id) {
            return new WooCommerceSandbox(id, WooCommerceSandbox.DEFAULT_KEY, WooCommerceSandbox.DEFAULT_SECRET);
        }

        @Override
        List<String> skus(SandboxApp shop) {
            return ((WooCommerceSandbox) shop).products().stream().map(p -> text(p.get("sku"))).toList();
        }

        @Override
        @Nullable String price(SandboxApp shop, String sku) {
            return ((WooCommerceSandbox) shop).productBySku(sku).map(p -> text(p.get("regular_price"))).orElse(null);
        }

        @Override
        String stock(SandboxApp shop, String sku) {
            return ((WooCommerceSandbox) shop).productBySku(sku).map(p -> text(p.get("stock_quantity"))).orElse("");
        }

        @Override
        List<String> categoryPaths(SandboxApp shop) {
            WooCommerceSandbox woo = (WooCommerceSandbox) shop;
            return woo.categories().stream().map(c -> woo.categoryPath(Long.parseLong(text(c.get("id")))))
                    .map(E2EShop::path).toList();
        }

        @Override
        List<Customer> customers(SandboxApp shop) {
            return ((WooCommerceSandbox) shop).customers().stream().filter(c -> meta(c, "erp_customer_code") != null)
                    .map(c -> new Customer(meta(c, "erp_customer_code"), text(c.get("email")), text(c.get("last_name")),
                            !"yes".equals(meta(c, "_account_disabled")), c)).toList();
        }
    },

    PRESTASHOP("prestashop", "ERP sandbox -> PrestaShop sandbox") {
        @Override
        SandboxApp newShop(String id) {
            return new PrestaShopSandbox(id, PrestaShopSandbox.DEFAULT_KEY);
        }

        @Override
        List<String> skus(SandboxApp shop) {
            return ((PrestaShopSandbox) shop).records("products").stream().map(p -> text(p.get("reference"))).toList();
        }

        @Override
        @Nullable String price(SandboxApp shop, String sku) {
            return ((PrestaShopSandbox) shop).productByReference(sku).map(p -> text(p.get("price"))).orElse(null);
        }

        @Override
        String stock(SandboxApp shop, String sku) {
            return Integer.toString(((PrestaShopSandbox) shop).quantity(sku));
        }

        /** Below Home: PrestaShop's Root and Home are there from the start. */
        @Override
        List<String> categoryPaths(SandboxApp shop) {
            PrestaShopSandbox ps = (PrestaShopSandbox) shop;
            return ps.records("categories").stream().filter(c -> Long.parseLong(text(c.get("id"))) > 2)
                    .map(c -> ps.categoryPath(Long.parseLong(text(c.get("id"))))).map(E2EShop::path).toList();
        }

        @Override
        List<Customer> customers(SandboxApp shop) {
            return ((PrestaShopSandbox) shop).records("customers").stream().filter(c -> !text(c.get("note")).isEmpty())
                    .map(c -> new Customer(text(c.get("note")), text(c.get("email")), text(c.get("lastname")),
                            "1".equals(text(c.get("active"))), c)).toList();
        }
    },

    SHOPIFY("shopify", "ERP sandbox -> Shopify sandbox") {
        @Override
        SandboxApp newShop(String id) {
            return new ShopifySandbox(id, ShopifySandbox.DEFAULT_TOKEN);
        }

        @Override
        List<String> skus(SandboxApp shop) {
            return ((ShopifySandbox) shop).products().stream().flatMap(p -> ShopJson.list(p.get("variants")).stream())
                    .map(v -> text(ShopJson.object(v).get("sku"))).toList();
        }

        @Override
        @Nullable String price(SandboxApp shop, String sku) {
            return ((ShopifySandbox) shop).variantBySku(sku).map(v -> text(v.get("price"))).orElse(null);
        }

        /** Per location: the template sends each item's stock to the location of its first warehouse. */
        @Override
        String stock(SandboxApp shop, String sku) {
            ShopifySandbox shopify = (ShopifySandbox) shop;
            return "Boutique Paris " + shopify.available(sku, "Boutique Paris") + ", Entrepôt Lyon "
                    + shopify.available(sku, "Entrepôt Lyon");
        }

        @Override
        List<String> categoryPaths(SandboxApp shop) {
            ShopifySandbox shopify = (ShopifySandbox) shop;
            return shopify.collections().stream().map(c -> shopify.collectionPath(text(c.get("id"))))
                    .map(E2EShop::path).toList();
        }

        /** Shopify's API cannot disable an account ({@code state} is read-only): dormant is a tag. */
        @Override
        List<Customer> customers(SandboxApp shop) {
            return ((ShopifySandbox) shop).customers().stream().filter(c -> metafield(c, "erp_customer_code") != null)
                    .map(c -> new Customer(metafield(c, "erp_customer_code"), text(c.get("email")),
                            text(c.get("lastName")), !ShopJson.list(c.get("tags")).contains("inactif"), c)).toList();
        }
    };

    /** A customer of the shop that came from the ERP, with what the tests look at. */
    record Customer(String code, String email, String lastName, boolean active, Map<String, ?> record) {
    }

    /** The shop type of the profiles and the templates' folder. */
    final String type;
    /** The demo profile on the shared demo shop of this type, whose ERP and credentials own shops copy. */
    final String demoProfile;

    E2EShop(String type, String demoProfile) {
        this.type = type;
        this.demoProfile = demoProfile;
    }

    abstract SandboxApp newShop(String id);

    /** Every product (and variant) SKU in the shop, one per record: duplicates show. */
    abstract List<String> skus(SandboxApp shop);

    /** The price of the product (variant) with this SKU as the shop holds it, null when there is none. */
    abstract @Nullable String price(SandboxApp shop, String sku);

    /** The stock of the product (variant) with this SKU as the shop holds it, in words for a diff. */
    abstract String stock(SandboxApp shop, String sku);

    /** Every category (collection) of the shop as its path from the top, {@code "Maison > Cuisine"}. */
    abstract List<String> categoryPaths(SandboxApp shop);

    /** The shop's customers that carry an ERP customer code. */
    abstract List<Customer> customers(SandboxApp shop);

    /**
     * Mounts a new, empty shop under {@code /sandbox/<shopId>} and makes a profile of the demo
     * tenant on it, with each flow of {@code flowsExtra} published as its template plus the extra
     * lines; returns the profile's id.
     */
    long ownShop(ProfileRepository profiles, MappingRepository mappings, SandboxHost host, String shopId,
            String profileName, Map<String, String> settings, Map<String, String> flowsExtra) {
        host.mount(newShop(shopId));
        ShopProfile demo = profiles.findByName(demoProfile).orElseThrow();
        ShopProfile profile = profiles.create(ShopProfile.draft(demo.tenantId(), profileName, demo.erpType(), type,
                demo.baseUrl().replaceAll("/" + type + "$", "/" + shopId), demo.credentials())
                .withErp(demo.erpBaseUrl(), demo.erpCredentials()).withSettings(settings));
        flowsExtra.forEach((flow, extra) -> mappings.publish(mappings.saveDraft(profile.id(), flow,
                "extends: cegid-xrp-flex/" + type + "/" + flow + "\n" + extra, "test").id()));
        return profile.id();
    }

    private static String path(List<String> names) {
        return String.join(" > ", names);
    }

    static String text(@Nullable Object value) {
        return Objects.toString(ShopJson.text(value), "");
    }

    private static @Nullable String meta(Map<String, ?> record, String key) {
        return ShopJson.list(record.get("meta_data")).stream().map(ShopJson::object)
                .filter(m -> key.equals(m.get("key"))).map(m -> text(m.get("value"))).findFirst().orElse(null);
    }

    private static @Nullable String metafield(Map<String, ?> record, String key) {
        return ShopJson.list(record.get("metafields")).stream().map(ShopJson::object)
                .filter(m -> key.equals(m.get("key"))).map(m -> text(m.get("value"))).findFirst().orElse(null);
    }
}
