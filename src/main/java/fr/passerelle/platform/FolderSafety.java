package fr.passerelle.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;

/**
 * Who else could change or enter a folder. A program that the studio runs (the PostgreSQL
 * binaries) is only as safe as every folder above it: whoever can write to one of them can
 * rename it and put their own in its place.
 */
final class FolderSafety {

    private FolderSafety() {
    }

    /**
     * The first of {@code folder} and the folders above it (symbolic links resolved) that another
     * account could write to: group or others may write, or its owner is neither us nor root.
     * Folders not created yet are judged by the first one that exists.
     */
    static Optional<Path> writableByOthers(Path folder) {
        String me = System.getProperty("user.name");
        for (Path p = existingRealPath(folder); p != null; p = p.getParent()) {
            PosixFileAttributes attributes = attributes(p);
            Set<PosixFilePermission> perms = attributes.permissions();
            String owner = attributes.owner().getName();
            if (perms.contains(PosixFilePermission.OTHERS_WRITE) || perms.contains(PosixFilePermission.GROUP_WRITE)
                    || !(owner.equals(me) || owner.equals("root"))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The first of {@code folder} and the folders above it that other accounts cannot enter. */
    static Optional<Path> closedToOthers(Path folder) {
        for (Path p = existingRealPath(folder); p != null; p = p.getParent()) {
            if (!attributes(p).permissions().contains(PosixFilePermission.OTHERS_EXECUTE)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The real path of the deepest existing folder of {@code folder}'s path. */
    static Path existingRealPath(Path folder) {
        Path p = folder.toAbsolutePath().normalize();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        try {
            return p == null ? Path.of("/") : p.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PosixFileAttributes attributes(Path p) {
        try {
            return Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the permissions of " + p, e);
        }
    }
}
