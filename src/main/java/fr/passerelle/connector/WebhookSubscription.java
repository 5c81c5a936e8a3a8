package fr.passerelle.connector;

/**
 * An order webhook as the shop holds it.
 *
 * @param id the shop's id of the subscription
 * @param topic the shop's topic ({@code order.created}, {@code ORDERS_CREATE})
 * @param callbackUrl where the shop delivers
 * @param status the shop's word for its state ({@code active}, {@code paused}, {@code disabled});
 *     Shopify has none ({@code active}: it deletes a subscription that keeps failing)
 */
public record WebhookSubscription(String id, String topic, String callbackUrl, String status) {

    public boolean active() {
        return "active".equalsIgnoreCase(status);
    }
}
