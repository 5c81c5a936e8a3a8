package fr.passerelle.sync;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.ConnectorRegistry;
import fr.passerelle.connector.ErpSession;
import fr.passerelle.connector.WriteRequest;
import fr.passerelle.connector.WriteResult;
import fr.passerelle.engine.IdLink;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.sandbox.shop.ShopJson;
import fr.passerelle.sandbox.shop.prestashop.PrestaShopSandbox;
import fr.passerelle.sandbox.shop.shopify.ShopifySandbox;
import fr.passerelle.sandbox.shop.woocommerce.WooCommerceSandbox;
import fr.passerelle.store.ProfileRunPorts;
import fr.passerelle.store.RunHistory;
import fr.passerelle.store.ShopProfile;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The post-import flow (PST-1..4) on each shop sandbox: an order the orders flow linked to an ERP
 * document (the link made here, as the orders flow saves it under erp.sales-order), which the ERP
 * sandbox then ships in two parcels and invoices.
 */
@StudioIntegrationTest
class OrderStatusE2EIT extends OwnShopE2E {

    static final List<String> PARCELS = List.of("6A10000000001", "6A10000000002");

    @Autowired
    ConnectorRegistry registry;

    @Autowired
    RunHistory history;

    /** An ERP sales order for one of the demo items, linked to the shop order as the orders flow would. */
    String erpOrderFor(long profileId, String shopOrderKey) {
        ShopProfile profile = profiles.findById(profileId).orElseThrow();
        try (ErpSession erp = registry.erp(profile.erpType()).orElseThrow()
                .open(new ConnectionSettings(profile.erpBaseUrl(), profile.erpCredentials(), Map.of()))) {
            List<WriteResult> written = erp.write("erp.sales-order", List.of(new WriteRequest("WEB-" + shopOrderKey, null,
                    Map.of("orderType", "SO", "customerId", "C00002", "customerOrder", "WEB-" + shopOrderKey,
                            "lines", List.of(Map.of("inventoryId", "EPI00401", "quantity", BigDecimal.TWO),
                                    Map.of("inventoryId", "EPI00402", "quantity", BigDecimal.ONE))))));
            assertThat(written.getFirst().succeeded()).as(String.valueOf(written.getFirst().error())).isTrue();
            String document = written.getFirst().targetId();
            ProfileRunPorts ports = history.portsFor(profileId);
            long run = ports.start("orders", false);
            ports.save(OrderTrail.ORDERS_LINKS, new IdLink(shopOrderKey, document, null, null), run);
            return document;
        }
    }

    @Test
    @DisplayName("PST-1..4 WooCommerce: the ERP document shipped in two parcels then invoiced sets the order's status, "
            + "ERP document number, both tracking numbers and the invoice PDF; a re-run writes nothing")
    void wooCommerce() {
        long profile = ownShop(E2EShop.WOOCOMMERCE, "order-status", Map.of(), Map.of("order-status", ""));
        WooCommerceSandbox woo = (WooCommerceSandbox) app(shopId(E2EShop.WOOCOMMERCE, "order-status"));
        long orderId = woo.seedOrders(1).getFirst();
        String document = erpOrderFor(profile, Long.toString(orderId));
        String orderNbr = document.substring(document.indexOf('/') + 1);

        RunSummary open = run(profile, "order-status", E2EShop.WOOCOMMERCE);
        assertThat(open.failed()).as(open.describe()).isZero();
        assertThat(meta(woo.order(orderId).orElseThrow(), "_erp_document_number")).isEqualTo(orderNbr);
        assertThat(woo.order(orderId).orElseThrow().get("status")).isEqualTo("processing");

        String shipment = erp().shipOrder("SO", orderNbr, PARCELS);
        RunSummary shipped = run(profile, "order-status", E2EShop.WOOCOMMERCE);
        assertThat(shipped.failed()).as(shipped.describe()).isZero();
        assertThat(woo.order(orderId).orElseThrow().get("status")).isEqualTo("completed");
        assertThat(woo.trackings(orderId)).extracting(t -> t.get("tracking_number")).containsExactlyElementsOf(PARCELS);

        String invoice = erp().invoiceShipment(shipment);
        RunSummary invoiced = run(profile, "order-status", E2EShop.WOOCOMMERCE);
        assertThat(invoiced.failed()).as(invoiced.describe()).isZero();
        Map<String, ?> order = woo.order(orderId).orElseThrow();
        assertThat(meta(order, "_erp_invoice_url")).endsWith("Facture-" + invoice + ".pdf");
        assertThat(woo.notes(orderId)).anySatisfy(n -> {
            assertThat(n.get("note").toString()).contains("Facture-" + invoice + ".pdf");
            assertThat(n.get("customer_note")).isEqualTo(true);
        });
        assertThat(woo.media(meta(order, "_erp_invoice_url"))).startsWith("%PDF".getBytes());
        assertThat(woo.trackings(orderId)).hasSize(2);

        host.log(shopId(E2EShop.WOOCOMMERCE, "order-status")).clear();
        assertThat(run(profile, "order-status", E2EShop.WOOCOMMERCE).writes()).isZero();
        assertThat(host.log(shopId(E2EShop.WOOCOMMERCE, "order-status")).writes()).isZero();
    }

    @Test
    @DisplayName("PST-1..3 PrestaShop: shipped in two parcels then invoiced: the state read from order_states, the ERP "
            + "document number, both tracking numbers, the invoice message; the status change mails the customer "
            + "(sendemail=1); a re-run writes nothing")
    void prestaShop() {
        long profile = ownShop(E2EShop.PRESTASHOP, "order-status", Map.of("orderStatus.notifyCustomer", "true"),
                Map.of("order-status", ""));
        PrestaShopSandbox ps = (PrestaShopSandbox) app(shopId(E2EShop.PRESTASHOP, "order-status"));
        long orderId = ps.seedOrders(1).getFirst();
        String document = erpOrderFor(profile, Long.toString(orderId));
        String orderNbr = document.substring(document.indexOf('/') + 1);
        String shipment = erp().shipOrder("SO", orderNbr, PARCELS);
        String invoice = erp().invoiceShipment(shipment);

        RunSummary first = run(profile, "order-status", E2EShop.PRESTASHOP);
        assertThat(first.failed()).as(first.describe()).isZero();
        String shipped = ps.records("order_states").stream().filter(s -> "1".equals(s.get("shipped")))
                .map(s -> E2EShop.text(s.get("id"))).findFirst().orElseThrow();
        Map<String, Object> order = ps.records("orders").stream().filter(o -> Long.toString(orderId).equals(E2EShop.text(o.get("id"))))
                .findFirst().orElseThrow();
        assertThat(E2EShop.text(order.get("current_state"))).isEqualTo(shipped);
        assertThat(ps.records("order_carriers").stream().filter(c -> Long.toString(orderId).equals(E2EShop.text(c.get("id_order"))))
                .map(c -> E2EShop.text(c.get("tracking_number")))).containsExactlyElementsOf(PARCELS);
        List<String> messages = ps.records("messages").stream().filter(m -> Long.toString(orderId).equals(E2EShop.text(m.get("id_order"))))
                .map(m -> E2EShop.text(m.get("message"))).toList();
        assertThat(messages).contains("Document ERP SO " + orderNbr, "Votre facture " + invoice + " est disponible.");
        String customerEmail = ps.records("customers").stream().filter(c -> E2EShop.text(c.get("id")).equals(E2EShop.text(order.get("id_customer"))))
                .map(c -> E2EShop.text(c.get("email"))).findFirst().orElseThrow();
        assertThat(ps.emails()).filteredOn(m -> Long.toString(orderId).equals(m.get("id_order")))
                .extracting(m -> m.get("template") + " -> " + m.get("to"))
                .contains("Expédié -> " + customerEmail, "in_transit -> " + customerEmail);
        assertThat(ps.records("order_histories").stream().filter(h -> Long.toString(orderId).equals(E2EShop.text(h.get("id_order")))))
                .hasSize(1);

        host.log(shopId(E2EShop.PRESTASHOP, "order-status")).clear();
        assertThat(run(profile, "order-status", E2EShop.PRESTASHOP).writes()).isZero();
        assertThat(host.log(shopId(E2EShop.PRESTASHOP, "order-status")).writes()).isZero();
    }

    @Test
    @DisplayName("PST-1..3 Shopify: shipped in two parcels then invoiced: one fulfillment with both tracking numbers, the "
            + "ERP stage, document number and invoice number in metafields; PST-4 is declared unsupported; a re-run writes nothing")
    void shopify() {
        long profile = ownShop(E2EShop.SHOPIFY, "order-status", Map.of(), Map.of("order-status", ""));
        ShopifySandbox shopify = (ShopifySandbox) app(shopId(E2EShop.SHOPIFY, "order-status"));
        String orderId = shopify.seedOrders(1).getFirst();
        String document = erpOrderFor(profile, orderId);
        String orderNbr = document.substring(document.indexOf('/') + 1);

        String shipment = erp().shipOrder("SO", orderNbr, PARCELS);
        RunSummary shipped = run(profile, "order-status", E2EShop.SHOPIFY);
        assertThat(shipped.failed()).as(shipped.describe()).isZero();
        Map<String, ?> order = shopify.order(orderId).orElseThrow();
        assertThat(order.get("displayFulfillmentStatus")).isEqualTo("FULFILLED");
        assertThat(ShopJson.list(order.get("fulfillments"))).singleElement().satisfies(f -> assertThat(
                ShopJson.list(ShopJson.object(f).get("trackingInfo")).stream().map(t -> ShopJson.object(t).get("number")))
                .containsExactlyElementsOf(PARCELS));
        assertThat(metafield(order, "erp_document_number")).isEqualTo(orderNbr);
        assertThat(metafield(order, "erp_status")).isEqualTo("Expédiée");

        String invoice = erp().invoiceShipment(shipment);
        RunSummary invoiced = run(profile, "order-status", E2EShop.SHOPIFY);
        assertThat(invoiced.failed()).as(invoiced.describe()).isZero();
        order = shopify.order(orderId).orElseThrow();
        assertThat(metafield(order, "erp_invoice_number")).isEqualTo(invoice);
        assertThat(metafield(order, "erp_status")).isEqualTo("Facturée");
        assertThat(ShopJson.list(order.get("fulfillments"))).hasSize(1);
        assertThat(registry.shop("shopify").orElseThrow().descriptor().whyUnsupported("PST-4")).isPresent();
        assertThat(registry.shop("shopify").orElseThrow().descriptor().supports("PST-4")).isFalse();

        host.log(shopId(E2EShop.SHOPIFY, "order-status")).clear();
        assertThat(run(profile, "order-status", E2EShop.SHOPIFY).writes()).isZero();
        assertThat(host.log(shopId(E2EShop.SHOPIFY, "order-status")).writes()).isZero();
    }

    static String metafield(Map<String, ?> record, String key) {
        return ShopJson.list(record.get("metafields")).stream().map(ShopJson::object)
                .filter(m -> key.equals(m.get("key"))).map(m -> E2EShop.text(m.get("value"))).findFirst().orElse(null);
    }

    static String meta(Map<String, ?> record, String key) {
        return ShopJson.list(record.get("meta_data")).stream().map(ShopJson::object)
                .filter(m -> key.equals(m.get("key"))).map(m -> E2EShop.text(m.get("value"))).findFirst().orElse(null);
    }
}
