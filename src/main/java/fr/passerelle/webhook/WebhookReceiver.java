package fr.passerelle.webhook;

import fr.passerelle.engine.RunOptions;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.store.ProfileRepository;
import fr.passerelle.store.ShopProfile;
import fr.passerelle.store.WebhookStore;
import fr.passerelle.sync.FlowSync;
import fr.passerelle.sync.SyncException;
import fr.passerelle.connector.ConnectorException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Handles one delivery: the profile and shop of the address, the signature on the raw body (401
 * and nothing else when it is wrong), the delivery id (a delivery seen before is answered 200 and
 * dropped), then the order the body names is imported at once by a targeted run of the orders
 * flow, which reads it again from the shop by id. The body's contents are never imported as
 * such: a forged or stale body can at most make us re-read an order.
 */
@Service
public class WebhookReceiver {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookReceiver.class);

    /** What the endpoint answers: the HTTP status and one line of text. */
    public record Answer(int status, String message) {
    }

    private final ProfileRepository profiles;
    private final WebhookStore store;
    private final FlowSync sync;
    private final ProfileLocks locks;

    WebhookReceiver(ProfileRepository profiles, WebhookStore store, FlowSync sync, ProfileLocks locks) {
        this.profiles = profiles;
        this.store = store;
        this.sync = sync;
        this.locks = locks;
    }

    /** @param headers the request's headers, names in lower case */
    public Answer receive(long profileId, String shop, Map<String, String> headers, byte[] body) {
        Optional<ShopProfile> profile = profiles.findById(profileId).filter(p -> p.shopType().equals(shop));
        Optional<WebhookFormat> format = WebhookFormat.of(shop);
        if (profile.isEmpty() || format.isEmpty()) {
            return new Answer(404, "no such webhook address");
        }
        WebhookFormat f = format.get();
        String signature = headers.get(f.signatureHeader);
        List<String> secrets = store.secrets(profileId);
        if (signature == null || secrets.isEmpty() || !WebhookSignature.valid(body, signature, secrets)) {
            store.failed(profileId, null, "signature refusée / bad signature (" + f.signatureHeader + ")");
            LOG.warn("Webhook for profile {} refused: bad or missing signature", profileId);
            return new Answer(401, "bad signature");
        }
        String topicHeader = headers.get(f.topicHeader);
        if (topicHeader == null) {
            return new Answer(200, "ping"); // WooCommerce pings a new webhook's address
        }
        String topic = f.topic(topicHeader);
        String deliveryId = headers.get(f.deliveryHeader);
        JsonNode json = WebhookFormat.parse(body);
        String orderKey = json == null ? null : f.orderKey(json);
        if (deliveryId == null || orderKey == null) {
            store.failed(profileId, topic, "livraison sans identifiant ou sans commande / delivery without an id or an order");
            return new Answer(400, "no delivery id or order id");
        }
        if (!store.firstDelivery(profileId, deliveryId, topic, orderKey)) {
            return new Answer(200, "duplicate delivery " + deliveryId + ": dropped");
        }
        store.delivered(profileId, topic);
        try {
            RunSummary summary = locks.run(profileId, () -> sync.run(profileId, "orders", RunOptions.only(Set.of(orderKey))));
            if (summary.failed() > 0 || summary.status() == RunSummary.Status.FAILED) {
                store.failed(profileId, topic, "commande " + orderKey + " non importée / order " + orderKey
                        + " not imported: " + summary.describe());
            }
            return new Answer(200, "order " + orderKey + ": " + summary.describe());
        } catch (SyncException | ConnectorException e) {
            // The delivery stays recorded: the reconciliation poll imports the order.
            store.failed(profileId, topic, "commande " + orderKey + " non importée / order " + orderKey + " not imported: "
                    + e.getMessage());
            LOG.warn("Webhook delivery {} of profile {}: order {} not imported: {}", deliveryId, profileId, orderKey,
                    e.getMessage());
            return new Answer(200, "accepted; order " + orderKey + " left to the reconciliation: " + e.getMessage());
        }
    }
}
