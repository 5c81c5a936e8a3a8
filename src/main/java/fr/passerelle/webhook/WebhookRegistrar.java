package fr.passerelle.webhook;

import fr.passerelle.connector.ShopSession;
import fr.passerelle.connector.WebhookSubscription;
import fr.passerelle.store.ProfileRepository;
import fr.passerelle.store.ShopProfile;
import fr.passerelle.store.WebhookStore;
import fr.passerelle.sync.FlowSync;
import fr.passerelle.sync.SyncException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/**
 * Asks the shop to deliver its order webhooks to {@code <base>/webhooks/<profileId>/<shop>}, and
 * keeps them on: {@link #ensure} compares what the shop holds with what we registered and
 * registers again a subscription the shop disabled (WooCommerce, after 5 failed deliveries) or
 * deleted (Shopify). The base address is {@code passerelle.webhooks.base-url} (the address the shop
 * reaches: the reverse proxy's), by default this studio's own port on localhost.
 */
@Service
public class WebhookRegistrar {

    private final ProfileRepository profiles;
    private final WebhookStore store;
    private final FlowSync sync;
    private final Environment environment;
    private final String baseUrl;
    private final SecureRandom random = new SecureRandom();

    WebhookRegistrar(ProfileRepository profiles, WebhookStore store, FlowSync sync, Environment environment,
            @Value("${passerelle.webhooks.base-url:}") String baseUrl) {
        this.profiles = profiles;
        this.store = store;
        this.sync = sync;
        this.environment = environment;
        this.baseUrl = baseUrl;
    }

    /** Subscribes every order topic of the shop; returns the subscriptions' state. */
    public List<WebhookStore.State> register(long profileId) {
        ShopProfile profile = profile(profileId);
        try (ShopSession shop = sync.openShop(profileId)) {
            if (shop.orderWebhookTopics().isEmpty()) {
                throw new SyncException(profile.shopType() + " sends no order webhooks: its orders are polled");
            }
            String secret = secret(profile);
            for (String topic : shop.orderWebhookTopics()) {
                WebhookSubscription hook = shop.subscribe(topic, callbackUrl(profile), secret);
                store.saveSubscription(profileId, topic, hook.id(), hook.callbackUrl(), secret, hook.status());
            }
        }
        return store.states(profileId);
    }

    /**
     * Registers again what the shop no longer delivers (disabled, paused or gone); returns the
     * topics registered again. Nothing for a profile whose webhooks were never registered.
     */
    public List<String> ensure(long profileId) {
        List<WebhookStore.State> registered = store.states(profileId);
        if (registered.isEmpty()) {
            return List.of();
        }
        ShopProfile profile = profile(profileId);
        List<String> again = new ArrayList<>();
        try (ShopSession shop = sync.openShop(profileId)) {
            List<WebhookSubscription> held = shop.webhooks();
            String secret = secret(profile);
            for (WebhookStore.State state : registered) {
                WebhookSubscription current = held.stream().filter(h -> h.topic().equals(state.topic())
                        && h.callbackUrl().equals(state.callbackUrl())).findFirst().orElse(null);
                if (current != null && current.active()) {
                    store.shopStatus(profileId, state.topic(), current.status());
                    continue;
                }
                WebhookSubscription hook = shop.subscribe(state.topic(), state.callbackUrl(), secret);
                store.saveSubscription(profileId, state.topic(), hook.id(), hook.callbackUrl(), secret, hook.status());
                again.add(state.topic());
            }
        }
        return again;
    }

    String callbackUrl(ShopProfile profile) {
        String base = baseUrl.isBlank()
                ? "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"))
                : baseUrl.replaceAll("/+$", "");
        return base + "/webhooks/" + profile.id() + "/" + profile.shopType();
    }

    /**
     * Shopify signs with the app's client secret (the profile's credential {@code clientSecret});
     * WooCommerce with the secret given at registration: ours, kept from one registration to the next.
     */
    private String secret(ShopProfile profile) {
        if (profile.shopType().equals("shopify")) {
            String secret = profile.credentials().get("clientSecret");
            if (secret == null || secret.isBlank()) {
                throw new SyncException("the profile has no 'clientSecret' (the Shopify app's client secret), "
                        + "which signs the webhooks");
            }
            return secret;
        }
        List<String> known = store.secrets(profile.id());
        if (!known.isEmpty()) {
            return known.getFirst();
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private ShopProfile profile(long profileId) {
        return profiles.findById(profileId).orElseThrow(() -> new SyncException("no profile with id " + profileId));
    }
}
