package fr.passerelle.platform;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only their owner may read (keys, passwords). Each is created with mode 600 in the same
 * system call that creates it, never written first and narrowed after: between the two another
 * account could open it. {@code CREATE_NEW} also refuses a file (or a symbolic link) that someone
 * placed there first.
 */
public final class PrivateFiles {

    private PrivateFiles() {
    }

    /** Creates {@code file} (which must not exist) with mode 600 and writes {@code text} in UTF-8. */
    public static void create(Path file, String text) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file,
                Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))) {
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        }
    }

    /**
     * Replaces {@code file} (or creates it) with {@code text}, mode 600, atomically: a reader sees
     * the old content or the new, never a part.
     */
    public static void replace(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        create(temporary, text);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
