package fr.passerelle.flow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every flow Passerelle knows, and the order they must run in: categories before products,
 * products before stock and prices, customer groups before customers.
 */
public final class FlowCatalog {

    private static final List<FlowDefinition> FLOWS = List.of(
            new FlowDefinition("categories", Direction.ERP_TO_SHOP, "item-class", "category", List.of(), null, "name",
                    List.of("CAT-1", "CAT-2", "CAT-3")),
            new FlowDefinition("products", Direction.ERP_TO_SHOP, "item", "product", List.of("categories"), null, "sku",
                    range("ART", 1, 18)),
            // ART-3: matrix items (templates with their variants) as variable products; their
            // variants' stock and prices are the stock and prices flows' (variant SKUs)
            new FlowDefinition("variants", Direction.ERP_TO_SHOP, "item-template", "product", List.of("categories"),
                    null, "sku", List.of("ART-3")),
            new FlowDefinition("stock", Direction.ERP_TO_SHOP, "stock", "stock", List.of("products", "variants"),
                    "products", "sku", range("STK", 1, 8)),
            new FlowDefinition("prices", Direction.ERP_TO_SHOP, "price", "price", List.of("products", "variants"),
                    "products", "sku", range("PRC", 1, 8)),
            new FlowDefinition("customer-groups", Direction.ERP_TO_SHOP, "price-class", "customer-group", List.of(),
                    null, "name", List.of("GRP-1")),
            new FlowDefinition("customers", Direction.ERP_TO_SHOP, "customer", "customer", List.of("customer-groups"),
                    null, "email", range("CUS", 1, 10)),
            // the customers of web orders, found in the ERP by e-mail or created with both addresses (CIM-1..4)
            new FlowDefinition("customers-import", Direction.SHOP_TO_ERP, "order", "customer", List.of(), null, "email",
                    range("CIM", 1, 4)),
            new FlowDefinition("orders", Direction.SHOP_TO_ERP, "order", "sales-order",
                    List.of("customers", "customers-import"), null,
                    null, range("ORD", 1, 14)),
            new FlowDefinition("payments", Direction.SHOP_TO_ERP, "payment", "payment", List.of("orders"), null, null,
                    range("PAY", 1, 5)),
            new FlowDefinition("order-status", Direction.ERP_TO_SHOP, "sales-order", "order", List.of("orders"),
                    "orders", null, range("PST", 1, 4)));

    private FlowCatalog() {
    }

    public static List<FlowDefinition> all() {
        return FLOWS;
    }

    public static Optional<FlowDefinition> find(String id) {
        return FLOWS.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /**
     * The given flows in an order that respects their dependencies (catalogue order among
     * independent ones). A dependency that is not asked for is not added: a merchant may sync
     * stock alone once products exist.
     */
    public static List<FlowDefinition> inRunOrder(Collection<String> ids) {
        Set<String> wanted = new LinkedHashSet<>(ids);
        for (String id : wanted) {
            if (find(id).isEmpty()) {
                throw new IllegalArgumentException("unknown flow '" + id + "'; known: "
                        + FLOWS.stream().map(FlowDefinition::id).toList());
            }
        }
        List<FlowDefinition> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        for (FlowDefinition flow : FLOWS) {
            place(flow, wanted, placed, ordered);
        }
        return ordered;
    }

    private static void place(FlowDefinition flow, Set<String> wanted, Set<String> placed,
            List<FlowDefinition> ordered) {
        if (!wanted.contains(flow.id()) || placed.contains(flow.id())) {
            return;
        }
        for (String dependency : flow.dependsOn()) {
            find(dependency).ifPresent(d -> place(d, wanted, placed, ordered));
        }
        placed.add(flow.id());
        ordered.add(flow);
    }

    private static List<String> range(String prefix, int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            ids.add(prefix + "-" + i);
        }
        return ids;
    }
}
