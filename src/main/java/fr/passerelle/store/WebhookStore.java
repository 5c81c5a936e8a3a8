package fr.passerelle.store;

import static fr.passerelle.store.jooq.Tables.WEBHOOK_DELIVERY;
import static fr.passerelle.store.jooq.Tables.WEBHOOK_SUBSCRIPTION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The order webhooks of each profile (V009): subscriptions with their state, and the deliveries seen. */
@Repository
public class WebhookStore {

    /** A subscription as the studio shows it. */
    public record State(String topic, @Nullable String shopWebhookId, String callbackUrl, @Nullable String shopStatus,
            OffsetDateTime registeredAt, @Nullable OffsetDateTime lastDeliveryAt, long deliveries, int failures,
            @Nullable String lastFailure, @Nullable OffsetDateTime lastFailureAt) {
    }

    private final DSLContext db;
    private final SecretCipher cipher;

    WebhookStore(DSLContext db, SecretCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    public void saveSubscription(long profileId, String topic, @Nullable String shopWebhookId, String callbackUrl,
            String secret, @Nullable String shopStatus) {
        String enc = cipher.encrypt(secret, context(profileId, topic));
        db.insertInto(WEBHOOK_SUBSCRIPTION)
                .set(WEBHOOK_SUBSCRIPTION.PROFILE_ID, profileId).set(WEBHOOK_SUBSCRIPTION.TOPIC, topic)
                .set(WEBHOOK_SUBSCRIPTION.SHOP_WEBHOOK_ID, shopWebhookId).set(WEBHOOK_SUBSCRIPTION.CALLBACK_URL, callbackUrl)
                .set(WEBHOOK_SUBSCRIPTION.SECRET_ENC, enc).set(WEBHOOK_SUBSCRIPTION.SHOP_STATUS, shopStatus)
                .onConflict(WEBHOOK_SUBSCRIPTION.PROFILE_ID, WEBHOOK_SUBSCRIPTION.TOPIC).doUpdate()
                .set(WEBHOOK_SUBSCRIPTION.SHOP_WEBHOOK_ID, shopWebhookId).set(WEBHOOK_SUBSCRIPTION.CALLBACK_URL, callbackUrl)
                .set(WEBHOOK_SUBSCRIPTION.SECRET_ENC, enc).set(WEBHOOK_SUBSCRIPTION.SHOP_STATUS, shopStatus)
                .set(WEBHOOK_SUBSCRIPTION.REGISTERED_AT, DSL.currentOffsetDateTime())
                .execute();
    }

    /** The shop's word for a subscription's state, as last seen (a reconciliation compares). */
    public void shopStatus(long profileId, String topic, String status) {
        db.update(WEBHOOK_SUBSCRIPTION).set(WEBHOOK_SUBSCRIPTION.SHOP_STATUS, status)
                .where(WEBHOOK_SUBSCRIPTION.PROFILE_ID.eq(profileId), WEBHOOK_SUBSCRIPTION.TOPIC.eq(topic)).execute();
    }

    /** The secrets that may have signed a delivery of this profile (one per topic, usually the same). */
    public List<String> secrets(long profileId) {
        return db.select(WEBHOOK_SUBSCRIPTION.TOPIC, WEBHOOK_SUBSCRIPTION.SECRET_ENC).from(WEBHOOK_SUBSCRIPTION)
                .where(WEBHOOK_SUBSCRIPTION.PROFILE_ID.eq(profileId)).fetch()
                .map(r -> cipher.decrypt(r.value2(), context(profileId, r.value1())));
    }

    /** Records a delivery; false when this delivery id was seen before (a retry or a replay: dropped). */
    public boolean firstDelivery(long profileId, String deliveryId, String topic, @Nullable String orderKey) {
        return db.insertInto(WEBHOOK_DELIVERY)
                .set(WEBHOOK_DELIVERY.PROFILE_ID, profileId).set(WEBHOOK_DELIVERY.DELIVERY_ID, deliveryId)
                .set(WEBHOOK_DELIVERY.TOPIC, topic).set(WEBHOOK_DELIVERY.ORDER_KEY, orderKey)
                .onConflictDoNothing().execute() == 1;
    }

    /** Forgets a delivery whose import failed, so the shop's retry of it is handled. */
    public void forgetDelivery(long profileId, String deliveryId) {
        db.deleteFrom(WEBHOOK_DELIVERY)
                .where(WEBHOOK_DELIVERY.PROFILE_ID.eq(profileId), WEBHOOK_DELIVERY.DELIVERY_ID.eq(deliveryId)).execute();
    }

    public void delivered(long profileId, String topic) {
        db.update(WEBHOOK_SUBSCRIPTION).set(WEBHOOK_SUBSCRIPTION.LAST_DELIVERY_AT, DSL.currentOffsetDateTime())
                .set(WEBHOOK_SUBSCRIPTION.DELIVERIES, WEBHOOK_SUBSCRIPTION.DELIVERIES.plus(1))
                .where(WEBHOOK_SUBSCRIPTION.PROFILE_ID.eq(profileId), WEBHOOK_SUBSCRIPTION.TOPIC.eq(topic)).execute();
    }

    /** A delivery refused (bad signature) or that could not be imported; on the topic's row, or every row. */
    public void failed(long profileId, @Nullable String topic, String reason) {
        var condition = WEBHOOK_SUBSCRIPTION.PROFILE_ID.eq(profileId);
        if (topic != null) {
            condition = condition.and(WEBHOOK_SUBSCRIPTION.TOPIC.eq(topic));
        }
        db.update(WEBHOOK_SUBSCRIPTION).set(WEBHOOK_SUBSCRIPTION.FAILURES, WEBHOOK_SUBSCRIPTION.FAILURES.plus(1))
                .set(WEBHOOK_SUBSCRIPTION.LAST_FAILURE, reason.length() > 1000 ? reason.substring(0, 1000) : reason)
                .set(WEBHOOK_SUBSCRIPTION.LAST_FAILURE_AT, DSL.currentOffsetDateTime())
                .where(condition).execute();
    }

    public List<State> states(long profileId) {
        return db.selectFrom(WEBHOOK_SUBSCRIPTION).where(WEBHOOK_SUBSCRIPTION.PROFILE_ID.eq(profileId))
                .orderBy(WEBHOOK_SUBSCRIPTION.TOPIC).fetch()
                .map(r -> new State(r.getTopic(), r.getShopWebhookId(), r.getCallbackUrl(), r.getShopStatus(),
                        r.getRegisteredAt(), r.getLastDeliveryAt(), r.getDeliveries(), r.getFailures(), r.getLastFailure(),
                        r.getLastFailureAt()));
    }

    public Optional<State> state(long profileId, String topic) {
        return states(profileId).stream().filter(s -> s.topic().equals(topic)).findFirst();
    }

    private static String context(long profileId, String topic) {
        return SecretCipher.rowContext(profileId, column(topic));
    }

    /** The "column" a webhook secret is bound to in its encryption context (shared with {@link SecretRotation}). */
    static String column(String topic) {
        return "webhook:" + topic;
    }
}
