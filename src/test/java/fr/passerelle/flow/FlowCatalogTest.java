package fr.passerelle.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FlowCatalogTest {

    @Test
    void categoriesRunBeforeProductsAndProductsBeforeStockAndPrices() {
        List<String> order = FlowCatalog.inRunOrder(List.of("prices", "stock", "products", "categories")).stream()
                .map(FlowDefinition::id).toList();

        assertThat(order.indexOf("categories")).isLessThan(order.indexOf("products"));
        assertThat(order.indexOf("products")).isLessThan(order.indexOf("stock"));
        assertThat(order.indexOf("products")).isLessThan(order.indexOf("prices"));
    }

    @Test
    void customerGroupsRunBeforeCustomers() {
        assertThat(FlowCatalog.inRunOrder(List.of("customers", "customer-groups"))).extracting(FlowDefinition::id)
                .containsExactly("customer-groups", "customers");
    }

    @Test
    void aFlowAskedAloneRunsAloneWithoutItsDependencies() {
        assertThat(FlowCatalog.inRunOrder(List.of("stock"))).extracting(FlowDefinition::id).containsExactly("stock");
    }

    @Test
    void anUnknownFlowIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> FlowCatalog.inRunOrder(List.of("produits")))
                .hasMessageContaining("unknown flow 'produits'").hasMessageContaining("products");
    }

    @Test
    void everyFeatureOfTheErpToShopCatalogueBelongsToAFlow() {
        List<String> features = FlowCatalog.all().stream().flatMap(f -> f.features().stream()).toList();

        assertThat(features).contains("CAT-2", "ART-3", "ART-17", "STK-7", "PRC-5", "GRP-1", "CUS-10", "ORD-14",
                "PAY-5", "PST-4");
    }
}
