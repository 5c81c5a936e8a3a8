package fr.passerelle.connector;

/** A session on a shop: records, plus files sent to a record (invoice PDF to the customer's order). */
public interface ShopSession extends ConnectorSession {

    /**
     * Sends a file to a shop record (the invoice PDF to an order), as the shop allows: an
     * attachment, a link in an order note, or a meta field.
     */
    WriteResult attachFile(String entity, String targetId, FileContent file);

    /**
     * Lines of open orders created at or after {@code since}, for reservation-aware stock
     * (STK-3): what the shop sold that the ERP may not know yet. Empty for a shop that cannot say.
     */
    default java.util.List<OpenOrderLine> openOrderLines(java.time.Instant since) {
        return java.util.List.of();
    }

    /** The order topics this shop's webhooks use ({@code order.created}, ...); empty: the shop sends none. */
    default java.util.List<String> orderWebhookTopics() {
        return java.util.List.of();
    }

    /** The shop's webhook subscriptions (ours and others'). */
    default java.util.List<WebhookSubscription> webhooks() {
        return java.util.List.of();
    }

    /**
     * Makes the shop deliver {@code topic} to {@code callbackUrl}, signed with {@code secret} where the
     * shop takes one (WooCommerce; Shopify signs with the app's secret): an existing subscription
     * to the same address is switched back on (a shop disables one that kept failing).
     */
    default WebhookSubscription subscribe(String topic, String callbackUrl, String secret) {
        throw new ConnectorException("shop", "subscribe", 0, false, "this shop sends no webhooks");
    }
}
