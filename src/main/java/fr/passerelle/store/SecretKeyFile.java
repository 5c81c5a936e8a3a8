package fr.passerelle.store;

import fr.passerelle.platform.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The key files of the data folder: {@code secret.key} (the key in use, mode 600, generated on
 * the first start), {@code secret.key.new} (a rotation's new key until the database holds only
 * values it sealed) and {@code secret.key.<time>.old} (the keys rotations retired, kept unless
 * asked otherwise: an old database backup needs its key).
 *
 * @param fromSetting the key comes from {@code PASSERELLE_SECRET_KEY}, so these files are not used
 */
public record SecretKeyFile(Path current, boolean fromSetting) {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** Where a rotation leaves its new key until it is promoted. */
    public Path pending() {
        return current.resolveSibling(current.getFileName() + ".new");
    }

    /** The key in use, generated (mode 600 from its creation) when there is none yet. */
    String readOrCreate() {
        try {
            if (Files.exists(current)) {
                return read(current);
            }
            Files.createDirectories(current.toAbsolutePath().getParent());
            String key = SecretCipher.newKeyText();
            PrivateFiles.create(current, key);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the secret key " + current, e);
        }
    }

    /** The key a rotation left before it could promote it. */
    Optional<String> readPending() {
        Path pending = pending();
        try {
            return Files.exists(pending) ? Optional.of(read(pending)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pending, e);
        }
    }

    void writePending(String key) {
        try {
            PrivateFiles.replace(pending(), key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the new key " + pending(), e);
        }
    }

    /**
     * Makes the pending key the current one. The retired key is kept as {@code secret.key.<time>.old}
     * (returned), or deleted when {@code keepOld} is false.
     */
    Optional<Path> promotePending(boolean keepOld, Instant now) {
        try {
            Optional<Path> backup = Optional.empty();
            if (Files.exists(current)) {
                if (keepOld) {
                    Path old = current.resolveSibling(current.getFileName() + "." + STAMP.format(now) + ".old");
                    Files.move(current, old, StandardCopyOption.ATOMIC_MOVE);
                    backup = Optional.of(old);
                } else {
                    Files.delete(current);
                }
            }
            Files.move(pending(), current, StandardCopyOption.ATOMIC_MOVE);
            return backup;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the new key in place of " + current + " (it is in "
                    + pending() + ")", e);
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).trim();
    }
}
