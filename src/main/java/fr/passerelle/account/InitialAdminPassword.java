package fr.passerelle.account;

import fr.passerelle.platform.PasserelleProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.ByteBuffer;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The generated first password of {@code admin}, in {@code <data folder>/initial-admin-password}:
 * created readable and writable by its owner only (0600 from the first byte, never widened
 * later), never logged, and deleted once the password is changed.
 */
@Component
class InitialAdminPassword {

    static final String FILE_NAME = "initial-admin-password";
    private static final Logger LOG = LoggerFactory.getLogger(InitialAdminPassword.class);

    private final Path file;

    @org.springframework.beans.factory.annotation.Autowired
    InitialAdminPassword(PasserelleProperties properties) {
        this(properties.dataDir().resolve(FILE_NAME));
    }

    InitialAdminPassword(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    Path file() {
        return file;
    }

    /** Writes the password (replacing a file left by an earlier first start); returns where. */
    Path write(String password) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            var options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try (FileChannel channel = posix
                    ? FileChannel.open(file, options, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")))
                    : FileChannel.open(file, options)) {
                channel.write(ByteBuffer.wrap((password + "\n").getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the first admin password to " + file, e);
        }
    }

    void deleteIfPresent() {
        try {
            if (Files.deleteIfExists(file)) {
                LOG.info("The first admin password was changed: deleted {}", file);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete {}: delete it by hand ({})", file, e.getMessage());
        }
    }
}
