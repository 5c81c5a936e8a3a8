package fr.passerelle.store;

import fr.passerelle.platform.PasserelleProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key for credentials at rest: {@code PASSERELLE_SECRET_KEY} when set, else a key generated
 * once into {@code <data folder>/secret.key} (mode 600). Losing that file makes stored
 * credentials unreadable, which the README says. A rotation interrupted after its commit left
 * its new key in {@code secret.key.new}: the cipher reads with it too, so nothing is lost.
 */
@Configuration(proxyBeanMethods = false)
class SecretKeyConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SecretKeyConfiguration.class);

    @Bean
    SecretKeyFile secretKeyFile(PasserelleProperties properties) {
        return new SecretKeyFile(properties.dataDir().resolve("secret.key"), !properties.secretKey().isBlank());
    }

    @Bean
    SecretCipher secretCipher(PasserelleProperties properties, SecretKeyFile file) {
        if (file.fromSetting()) {
            return SecretCipher.fromKeyText(properties.secretKey());
        }
        boolean generated = !java.nio.file.Files.exists(file.current());
        SecretCipher cipher = SecretCipher.fromKeyText(file.readOrCreate());
        if (generated) {
            LOG.warn("PASSERELLE_SECRET_KEY is not set: generated a key in {}. Keep it safe: without it the"
                    + " stored shop credentials cannot be read.", file.current().toAbsolutePath());
        }
        var pending = file.readPending();
        if (pending.isPresent()) {
            LOG.warn("A key rotation was interrupted: {} is read as well. Run 'secrets rotate' again to finish it.",
                    file.pending().toAbsolutePath());
            return cipher.alsoReading(pending.get());
        }
        return cipher;
    }
}
