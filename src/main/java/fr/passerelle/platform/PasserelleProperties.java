package fr.passerelle.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the studio, bound from {@code passerelle.*} (environment: {@code PASSERELLE_*}).
 *
 * @param dataDir where the embedded database, the generated secret key and logs live
 * @param database embedded database options
 * @param secretKey key that encrypts shop credentials at rest; generated into the data folder when blank
 * @param adminPassword password of the first {@code admin} user; generated and logged once when blank
 */
@ConfigurationProperties("passerelle")
public record PasserelleProperties(
        @DefaultValue(".passerelle") Path dataDir,
        @DefaultValue Database database,
        @DefaultValue("") String secretKey,
        @DefaultValue("") String adminPassword) {

    /**
     * @param throwaway tests only: a fresh cluster per JVM, durability off
     * @param serverFolder as root: where the PostgreSQL binaries and clusters go that the server's
     *     account ({@code postgres}) cannot reach in the data folder
     */
    public record Database(@DefaultValue("false") boolean throwaway,
            @DefaultValue("/var/lib/passerelle") Path serverFolder) {
    }
}
