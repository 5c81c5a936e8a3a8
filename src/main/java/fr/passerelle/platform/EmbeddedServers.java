package fr.passerelle.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One embedded server per data folder and JVM, shared by every Spring context of that JVM (the
 * test framework caches several), and stopped when the last one closes.
 */
final class EmbeddedServers {

    private static final Map<Path, Lease> LEASES = new HashMap<>();

    private record Lease(EmbeddedPostgres server, int holders) {
    }

    private EmbeddedServers() {
    }

    static synchronized EmbeddedPostgres acquire(Path folder, boolean throwaway) {
        Path key = throwaway ? throwawayFolder(folder) : folder.toAbsolutePath().normalize();
        Lease lease = LEASES.get(key);
        if (lease == null) {
            if (throwaway) {
                wipe(key);
            }
            lease = new Lease(EmbeddedPostgres.start(key, throwaway), 0);
        }
        LEASES.put(key, new Lease(lease.server(), lease.holders() + 1));
        return lease.server();
    }

    static synchronized void release(EmbeddedPostgres server) {
        for (Map.Entry<Path, Lease> entry : LEASES.entrySet()) {
            if (entry.getValue().server() == server) {
                int left = entry.getValue().holders() - 1;
                if (left == 0) {
                    LEASES.remove(entry.getKey());
                    server.close();
                } else {
                    entry.setValue(new Lease(server, left));
                }
                return;
            }
        }
    }

    /**
     * Test clusters live under the system's temporary folder, keyed by the configured folder:
     * a checkout may sit under a folder closed to other users (a CI workspace under /root), which
     * the server's unprivileged account could not enter.
     */
    private static Path throwawayFolder(Path configured) {
        String absolute = configured.toAbsolutePath().normalize().toString();
        String key = Integer.toHexString(absolute.hashCode());
        return Path.of(System.getProperty("java.io.tmpdir"), "passerelle-test-" + key).toAbsolutePath();
    }

    /** A throwaway cluster starts empty: stop what an earlier, killed test JVM left, then delete it. */
    private static void wipe(Path folder) {
        if (!Files.exists(folder.resolve("pgdata"))) {
            return;
        }
        try {
            EmbeddedPostgres.start(folder, true).stop();
        } catch (RuntimeException e) {
            // a broken leftover cluster is deleted all the same
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot wipe the test database folder " + folder, e);
        }
    }
}
