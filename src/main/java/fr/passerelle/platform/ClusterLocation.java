package fr.passerelle.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Where the PostgreSQL cluster of a data folder lives. Normally in the data folder
 * ({@code pgdata/}). As root the server runs as another account ({@code postgres}), which cannot
 * enter a data folder under a path closed to others (root's home, a {@code mktemp -d} folder):
 * the cluster then lives in {@code /var/lib/passerelle/cluster-<digest of the data folder>},
 * a folder of mode 700 owned by the server account, and the data folder records where
 * ({@code postgres-location}), so the next start finds it even if the folder is opened since.
 */
final class ClusterLocation {

    static final String RECORD = "postgres-location";

    private ClusterLocation() {
    }

    /** The cluster folder ({@code .../pgdata}) for this data folder, created parents included. */
    static Path resolve(Path dataFolder, ServerAccount account, Path serverFolder) {
        Path folder = dataFolder.toAbsolutePath().normalize();
        Optional<Path> recorded = recorded(folder);
        if (recorded.isPresent()) {
            return recorded.get().resolve("pgdata");
        }
        Path inData = folder.resolve("pgdata");
        if (!account.switchUser()) {
            return inData;
        }
        Optional<Path> closed = FolderSafety.closedToOthers(folder);
        if (closed.isEmpty()) {
            return inData;
        }
        refuseUnreachableCluster(inData, account, closed.get());
        Path outside = outside(folder, account, serverFolder);
        try {
            PrivateFiles.replace(folder.resolve(RECORD), outside + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the cluster's location in " + folder.resolve(RECORD), e);
        }
        return outside.resolve("pgdata");
    }

    /**
     * The refusals {@link #resolve} would make, checked before anything starts (no folder is
     * created): a cluster in a data folder the server's account cannot reach, a server folder
     * that other accounts can write to.
     */
    static void preflight(Path dataFolder, ServerAccount account, Path serverFolder) {
        Path folder = dataFolder.toAbsolutePath().normalize();
        if (!account.switchUser() || recorded(folder).isPresent()) {
            return;
        }
        Optional<Path> closed = FolderSafety.closedToOthers(folder);
        if (closed.isEmpty()) {
            return;
        }
        refuseUnreachableCluster(folder.resolve("pgdata"), account, closed.get());
        Path base = serverFolder.toAbsolutePath().normalize();
        Optional<Path> unsafe = FolderSafety.writableByOthers(base);
        if (unsafe.isPresent()) {
            throw new StartupRefusedException("The embedded PostgreSQL cannot keep its cluster in " + base
                    + " because another account can write to " + unsafe.get()
                    + ": set PASSERELLE_DATA_DIR to a folder other users can enter, or PASSERELLE_DB_URL.");
        }
    }

    private static void refuseUnreachableCluster(Path inData, ServerAccount account, Path closed) {
        if (Files.exists(inData.resolve("PG_VERSION"))) {
            throw new StartupRefusedException("The embedded PostgreSQL runs as '" + account.name()
                    + "' (PostgreSQL refuses root) and cannot reach its cluster " + inData + " because " + closed
                    + " is closed to other users: open it (chmod o+x " + closed
                    + ") or set PASSERELLE_DB_URL to a PostgreSQL server.");
        }
    }

    /** The folder outside the data folder that holds its cluster, if the data folder says one does. */
    static Optional<Path> recorded(Path dataFolder) {
        Path record = dataFolder.toAbsolutePath().normalize().resolve(RECORD);
        try {
            if (!Files.isRegularFile(record)) {
                return Optional.empty();
            }
            String text = Files.readString(record, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(Path.of(text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + record, e);
        }
    }

    private static Path outside(Path folder, ServerAccount account, Path serverFolder) {
        Path base = serverFolder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(base, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        } catch (IOException e) {
            throw new StartupRefusedException("The embedded PostgreSQL runs as '" + account.name()
                    + "' and cannot reach the data folder " + folder + " (closed to other users), and " + base
                    + " cannot be created to keep its cluster (" + e.getClass().getSimpleName()
                    + "): set PASSERELLE_DATA_DIR to a folder other users can enter, or PASSERELLE_DB_URL.");
        }
        Optional<Path> unsafe = FolderSafety.writableByOthers(base);
        if (unsafe.isPresent()) {
            throw new StartupRefusedException("The embedded PostgreSQL cannot keep its cluster in " + base
                    + " because another account can write to " + unsafe.get()
                    + ": set PASSERELLE_DATA_DIR to a folder other users can enter, or PASSERELLE_DB_URL.");
        }
        Optional<Path> closed = FolderSafety.closedToOthers(base);
        if (closed.isPresent()) {
            throw new StartupRefusedException("The embedded PostgreSQL runs as '" + account.name()
                    + "' and can reach neither the data folder " + folder + " nor " + base + " (" + closed.get()
                    + " is closed to other users): set PASSERELLE_DATA_DIR to a folder other users can enter.");
        }
        Path cluster = base.resolve("cluster-" + digest(folder));
        try {
            if (!Files.exists(cluster)) {
                Files.createDirectory(cluster, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            Files.setPosixFilePermissions(cluster, PosixFilePermissions.fromString("rwx------"));
            account.own(cluster);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the cluster folder " + cluster, e);
        }
        return cluster;
    }

    private static String digest(Path folder) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(folder.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
