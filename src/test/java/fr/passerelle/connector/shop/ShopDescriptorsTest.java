package fr.passerelle.connector.shop;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.connector.ConnectorDescriptor;
import fr.passerelle.connector.ConnectorKind;
import fr.passerelle.connector.ConnectorRegistry;
import fr.passerelle.connector.FieldSchema;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** What the studio and the command line see of the shop connectors without opening a connection. */
class ShopDescriptorsTest {

    private final ConnectorRegistry registry = ConnectorRegistry.load();

    @Test
    void theThreeShopsAreFoundByTheirIds() {
        assertThat(List.of("woocommerce", "shopify", "prestashop")).allSatisfy(id -> {
            ConnectorDescriptor descriptor = registry.shop(id).orElseThrow().descriptor();
            assertThat(descriptor.kind()).isEqualTo(ConnectorKind.SHOP);
            assertThat(descriptor.schemas()).isNotEmpty().allSatisfy(s -> assertThat(s.name()).startsWith(id + "."));
            assertThat(descriptor.features()).allMatch(f -> f.matches("(CAT|ART|STK|PRC|GRP|CUS|CIM|ORD|PST|PAY|PRO|B2B)-\\d+"));
            assertThat(descriptor.flows()).contains("products", "stock", "prices", "customers", "orders", "categories");
        });
    }

    @Test
    void wooCommerceNamesThePlugInsItsPlugInFieldsNeed() {
        ConnectorDescriptor woo = registry.shop("woocommerce").orElseThrow().descriptor();

        List<String> plugins = woo.schemas().stream().flatMap(s -> s.fields().stream()).map(FieldSchema::plugin)
                .filter(Objects::nonNull).distinct().toList();

        assertThat(plugins).contains("Yoast SEO", "Perfect Brands", "Customer Specific Pricing", "Groups", "Product Attachment");
        assertThat(woo.schema("woocommerce.product").orElseThrow().field("meta_data[key=_yoast_wpseo_title].value"))
                .hasValueSatisfying(f -> assertThat(f.plugin()).isEqualTo("Yoast SEO"));
    }

    @Test
    void shopsWithoutAConceptLeaveItsFeatureOut() {
        assertThat(registry.shop("shopify").orElseThrow().descriptor().supports("PRC-5")).isFalse();
        assertThat(registry.shop("prestashop").orElseThrow().descriptor().supports("PRC-6")).isTrue();
        assertThat(registry.shop("woocommerce").orElseThrow().descriptor().supports("STK-8")).isFalse();
        assertThat(registry.shop("shopify").orElseThrow().descriptor().supports("STK-1")).isTrue();
    }
}
