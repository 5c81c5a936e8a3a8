package fr.passerelle.demo;

import fr.passerelle.store.StudioSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether this studio runs the demo now: configured ({@link DemoConfigured}) and not switched off
 * by an administrator (recorded in the database, so it stays off after a restart and on every
 * node; other nodes see it within {@link #REFRESH}).
 */
@Component
public class DemoMode {

    static final String SWITCHED_OFF = "demo.switched-off";
    static final Duration REFRESH = Duration.ofSeconds(5);

    private final boolean configured;
    private final StudioSettings settings;
    private final DemoProperties properties;
    private final Clock clock = Clock.systemUTC();
    private volatile boolean switchedOff;
    private volatile Instant readAt = Instant.EPOCH;

    DemoMode(Environment environment, StudioSettings settings, DemoProperties properties) {
        this.configured = DemoConfigured.configured(environment);
        this.settings = settings;
        this.properties = properties;
    }

    /** The settings asked for the demo (it may have been switched off since). */
    public boolean configured() {
        return configured;
    }

    /** The sandboxes answer and the demo client may exist. */
    public boolean active() {
        if (!configured) {
            return false;
        }
        Instant now = clock.instant();
        if (now.isAfter(readAt.plus(REFRESH))) {
            switchedOff = settings.get(SWITCHED_OFF).isPresent();
            readAt = now;
        }
        return !switchedOff;
    }

    public boolean sandboxRemoteAccess() {
        return properties.sandboxRemoteAccess();
    }

    void switchOff(String byWhom) {
        settings.put(SWITCHED_OFF, "by " + byWhom + " at " + clock.instant());
        switchedOff = true;
        readAt = clock.instant();
    }
}
