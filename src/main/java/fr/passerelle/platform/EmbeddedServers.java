package fr.passerelle.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

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

    static synchronized EmbeddedPostgres acquire(Path folder, boolean throwaway, Path serverFolder) {
        Path configured = folder.toAbsolutePath().normalize();
        Path key = throwaway ? throwawayFolder(configured) : configured;
        Lease lease = LEASES.get(key);
        if (lease == null) {
            if (throwaway) {
                wipe(key, configured, serverFolder);
            }
            lease = new Lease(EmbeddedPostgres.start(key, configured, serverFolder, throwaway), 0);
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
     * A test cluster lives in its own folder of the configured one ({@code throwaway-cluster/}),
     * wiped at the first start of each test JVM; the binaries stay beside it. When the configured
     * folder sits under a path closed to other users (a CI workspace under /root), the cluster
     * moves out as every cluster does (see {@link ClusterLocation}).
     */
    private static Path throwawayFolder(Path configured) {
        return configured.resolve("throwaway-cluster");
    }

    /** A throwaway cluster starts empty: stop what an earlier, killed test JVM left, then delete it. */
    private static void wipe(Path folder, Path configured, Path serverFolder) {
        if (!Files.exists(folder)) {
            return;
        }
        Path cluster = ClusterLocation.recorded(folder).map(p -> p.resolve("pgdata")).orElse(folder.resolve("pgdata"));
        if (Files.exists(cluster.resolve("postmaster.pid"))) {
            try {
                EmbeddedPostgres.start(folder, configured, serverFolder, true).stop();
            } catch (RuntimeException e) {
                // a broken leftover cluster is deleted all the same
            }
        }
        try {
            EmbeddedPostgres.deleteAll(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot wipe the test database folder " + folder, e);
        }
    }
}
