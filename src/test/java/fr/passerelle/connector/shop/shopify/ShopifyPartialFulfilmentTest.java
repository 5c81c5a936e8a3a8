package fr.passerelle.connector.shop.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.ShopSession;
import fr.passerelle.connector.WriteRequest;
import fr.passerelle.connector.WriteResult;
import fr.passerelle.sandbox.SandboxServer;
import fr.passerelle.sandbox.shop.ShopJson;
import fr.passerelle.sandbox.shop.shopify.ShopifySandbox;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PST-3 on Shopify: each ERP shipment is one fulfillment of its own lines, with every parcel's tracking number. */
class ShopifyPartialFulfilmentTest {

    @Test
    @DisplayName("PST-3 Shopify partial fulfilments: two ERP shipments of a two-line order -> two fulfillments with their "
            + "tracking numbers, PARTIALLY_FULFILLED then FULFILLED; the same shipments again add nothing")
    void oneFulfillmentPerShipment() {
        ShopifySandbox sandbox = new ShopifySandbox();
        try (SandboxServer server = SandboxServer.start(0, sandbox);
                ShopSession session = new ShopifyConnector().open(new ConnectionSettings(server.baseUrl("shopify"),
                        Map.of("accessToken", ShopifySandbox.DEFAULT_TOKEN), Map.of()))) {
            String orderId = sandbox.seedOrders(1).getFirst();
            String firstSku = String.valueOf(ShopJson.object(ShopJson.list(sandbox.order(orderId).orElseThrow().get("lineItems"))
                    .getFirst()).get("sku"));
            sandbox.addOrderLine(orderId, "EPI00402", 3);
            Map<String, Object> parcelOne = Map.of("shipmentNbr", "000001", "carrier", "COLISSIMO",
                    "trackingNumbers", List.of("6A1", "6A2"), "lines", List.of(Map.of("sku", "EPI00402", "quantity", BigDecimal.valueOf(3))));
            Map<String, Object> parcelTwo = Map.of("shipmentNbr", "000002", "carrier", "CHRONOPOST",
                    "trackingNumbers", List.of("XY9"), "lines", List.of(Map.of("sku", firstSku, "quantity", BigDecimal.valueOf(2))));

            WriteResult first = write(session, orderId, List.of(parcelOne));
            assertThat(first.succeeded()).as(String.valueOf(first.error())).isTrue();
            Map<String, ?> order = sandbox.order(orderId).orElseThrow();
            assertThat(order.get("displayFulfillmentStatus")).isEqualTo("PARTIALLY_FULFILLED");
            assertThat(numbers(order)).containsExactly(List.of("6A1", "6A2"));

            WriteResult second = write(session, orderId, List.of(parcelOne, parcelTwo));
            assertThat(second.succeeded()).as(String.valueOf(second.error())).isTrue();
            order = sandbox.order(orderId).orElseThrow();
            assertThat(numbers(order)).containsExactly(List.of("6A1", "6A2"), List.of("XY9"));
            assertThat(order.get("displayFulfillmentStatus")).isEqualTo("FULFILLED");

            assertThat(write(session, orderId, List.of(parcelOne, parcelTwo)).succeeded()).isTrue();
            assertThat(numbers(sandbox.order(orderId).orElseThrow())).hasSize(2);
        }
    }

    private static WriteResult write(ShopSession session, String orderId, List<Map<String, Object>> shipments) {
        return session.write("shopify.order", List.of(new WriteRequest("SO/1", orderId,
                Map.of("fulfillments", shipments, "metafields[key=erp_document_number].value", "000001")))).getFirst();
    }

    private static List<List<Object>> numbers(Map<String, ?> order) {
        return ShopJson.list(order.get("fulfillments")).stream().map(f -> ShopJson.list(ShopJson.object(f).get("trackingInfo"))
                .stream().map(t -> ShopJson.object(t).get("number")).toList()).toList();
    }
}
