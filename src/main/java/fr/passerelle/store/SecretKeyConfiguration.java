package fr.passerelle.store;

import fr.passerelle.platform.PasserelleProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key for credentials at rest: {@code PASSERELLE_SECRET_KEY} when set, else a key generated
 * once into {@code <data folder>/secret.key} (mode 600). Losing that file makes stored
 * credentials unreadable, which the README says.
 */
@Configuration(proxyBeanMethods = false)
class SecretKeyConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SecretKeyConfiguration.class);

    @Bean
    SecretCipher secretCipher(PasserelleProperties properties) {
        if (!properties.secretKey().isBlank()) {
            return SecretCipher.fromKeyText(properties.secretKey());
        }
        return SecretCipher.fromKeyText(keyFromDataFolder(properties.dataDir()));
    }

    private static String keyFromDataFolder(Path dataDir) {
        Path file = dataDir.resolve("secret.key");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            Files.createDirectories(dataDir);
            String key = SecretCipher.newKeyText();
            Files.writeString(file, key, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            LOG.warn("PASSERELLE_SECRET_KEY is not set: generated a key in {}. Keep it safe: without it the"
                    + " stored shop credentials cannot be read.", file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the secret key " + file, e);
        }
    }
}
