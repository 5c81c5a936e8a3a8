package fr.passerelle.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 18 server kept on disk, started from zonky's binaries.
 *
 * <p>The data folder holds {@code pgdata/} (the cluster) and {@code db-password} (generated at
 * {@code initdb}). A start first looks for the server a previous run left running (its
 * {@code postmaster.pid} names a live postgres process): it attaches to it. A pid file whose
 * process is gone is stale: it is removed and the server started. The server listens on
 * 127.0.0.1 only, with password (SCRAM) authentication and no Unix socket.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final String USER = "passerelle";
    private static final String DATABASE = "passerelle";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    /** As root: where clusters and binaries go that the server's account could not reach in the data folder. */
    public static final Path DEFAULT_SERVER_FOLDER = Path.of("/var/lib/passerelle");

    private final Path folder;
    private final Path cluster;
    private final Path bin;
    private final ServerAccount account;
    private final boolean throwaway;
    private final String password;
    private final int port;
    private final boolean startedHere;

    private EmbeddedPostgres(Path folder, Path binariesParent, Path serverFolder, boolean throwaway) {
        this.folder = folder.toAbsolutePath().normalize();
        this.throwaway = throwaway;
        this.account = ServerAccount.detect();
        try {
            if (!Files.exists(this.folder)) {
                Files.createDirectories(this.folder);
                // whatever the umask, the server's account must be able to enter the folder we made
                Files.setPosixFilePermissions(this.folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + this.folder, e);
        }
        this.cluster = ClusterLocation.resolve(this.folder, account, serverFolder);
        this.bin = PostgresBinaries.extracted(binariesParent, account, serverFolder).resolve("bin");
        account.checkCanReach(cluster);
        if (!Files.exists(cluster.resolve("PG_VERSION"))) {
            initCluster();
        }
        this.password = readPassword();
        Optional<Integer> running = runningPort();
        if (running.isPresent()) {
            this.port = running.get();
            // A server whose starter died (killed studio) is adopted, so it is stopped with us.
            this.startedHere = !ownerAlive();
            LOG.info("Attaching to the embedded PostgreSQL already running on port {} ({}{})", port, cluster,
                    startedHere ? ", adopted from a process that is gone" : "");
        } else {
            this.port = freePort();
            startServer();
            this.startedHere = true;
        }
        if (startedHere) {
            writeOwner();
        }
        createDatabaseIfMissing();
    }

    /**
     * Starts (or attaches to) the server whose data lives in {@code folder}.
     *
     * @param throwaway true for tests: durability settings off (fsync, full page writes)
     */
    public static EmbeddedPostgres start(Path folder, boolean throwaway) {
        return start(folder, folder, DEFAULT_SERVER_FOLDER, throwaway);
    }

    /**
     * @param binariesParent the folder to extract the binaries under, when no other account can write there
     * @param serverFolder as root, where binaries and clusters go that the server's account could
     *     not reach in the data folder ({@code /var/lib/passerelle})
     */
    public static EmbeddedPostgres start(Path folder, Path binariesParent, Path serverFolder, boolean throwaway) {
        return new EmbeddedPostgres(folder, binariesParent, serverFolder, throwaway);
    }

    /** Deletes a data folder's cluster, wherever it lives, and the data folder; the server must be stopped. */
    static void deleteAll(Path folder) throws IOException {
        Optional<Path> outside = ClusterLocation.recorded(folder);
        if (outside.isPresent()) {
            PostgresBinaries.deleteTree(outside.get());
        }
        PostgresBinaries.deleteTree(folder);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    public Path cluster() {
        return cluster;
    }

    /** Stops the server if this instance started it (an attached server belongs to its starter). */
    @Override
    public void close() {
        if (startedHere) {
            stop();
        }
    }

    /** Stops the server whatever started it. */
    public void stop() {
        if (!Files.exists(cluster.resolve("postmaster.pid"))) {
            return;
        }
        exec(List.of(bin.resolve("pg_ctl").toString(), "-D", cluster.toString(), "-m", "fast", "-w", "-t", "60",
                "stop"), "pg_ctl stop");
    }

    private boolean ownerAlive() {
        try {
            long owner = Long.parseLong(Files.readString(folder.resolve("server.owner")).trim());
            return ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private void writeOwner() {
        try {
            Files.writeString(folder.resolve("server.owner"), Long.toString(ProcessHandle.current().pid()));
        } catch (IOException e) {
            LOG.warn("Cannot record the owner of the embedded PostgreSQL in {}: {}", folder, e.toString());
        }
    }

    private void initCluster() {
        try {
            deleteFailedInit();
            Files.createDirectories(cluster);
            Files.setPosixFilePermissions(cluster, PosixFilePermissions.fromString("rwx------"));
            account.own(cluster);
            String generated = HexFormat.of().formatHex(randomBytes(24));
            Path passwordFile = folder.resolve("db-password");
            Files.deleteIfExists(passwordFile); // what a failed initdb left: its cluster is gone too
            PrivateFiles.create(passwordFile, generated);
            // initdb reads the password as the server's account: give it a copy it can read (mode
            // 600 from its creation, then handed over), beside the cluster, and drop it afterwards.
            Path pwCopy = cluster.getParent().resolve(".initdb-pw");
            Files.deleteIfExists(pwCopy);
            PrivateFiles.create(pwCopy, generated);
            account.own(pwCopy);
            try {
                exec(List.of(bin.resolve("initdb").toString(), "-D", cluster.toString(), "-U", USER,
                        "--pwfile=" + pwCopy, "--auth=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync"),
                        "initdb");
            } finally {
                Files.deleteIfExists(pwCopy);
            }
            LOG.info("Created the embedded PostgreSQL cluster in {}", cluster);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the PostgreSQL cluster in " + cluster, e);
        }
    }

    /** A cluster folder without PG_VERSION is what an interrupted initdb left: it holds no data. */
    private void deleteFailedInit() throws IOException {
        if (!Files.exists(cluster)) {
            return;
        }
        try (var walk = Files.walk(cluster)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private String readPassword() {
        try {
            return Files.readString(folder.resolve("db-password"), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded database's password file is missing in " + folder
                    + "; remove " + cluster + " to start afresh", e);
        }
    }

    /** The port of a live server on this cluster, after removing a stale pid file. */
    private Optional<Integer> runningPort() {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            long pid = Long.parseLong(lines.get(0).trim());
            int filePort = Integer.parseInt(lines.get(3).trim());
            if (isPostgres(pid) && canConnect(filePort)) {
                return Optional.of(filePort);
            }
            LOG.warn("Removing the stale PostgreSQL pid file {} (process {} is gone)", pidFile, pid);
            Files.delete(pidFile);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Unreadable PostgreSQL pid file {}: {}; starting a new server", pidFile, e.toString());
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException ignored) {
                // pg_ctl reports it if it still stands in the way
            }
            return Optional.empty();
        }
    }

    private static boolean isPostgres(long pid) {
        try {
            String cmdline = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"));
            return cmdline.contains("postgres");
        } catch (IOException e) {
            return false;
        }
    }

    private boolean canConnect(int candidatePort) {
        try (Connection ignored = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + candidatePort + "/postgres", USER, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private void startServer() {
        List<String> options = new ArrayList<>(List.of("-p " + port, "-c listen_addresses=127.0.0.1",
                "-c unix_socket_directories=", "-c max_connections=200", "-c shared_buffers=64MB"));
        if (throwaway) {
            options.addAll(List.of("-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"));
        }
        exec(List.of(bin.resolve("pg_ctl").toString(), "-D", cluster.toString(), "-l",
                cluster.resolve("server.log").toString(), "-o", String.join(" ", options), "-w", "-t",
                Long.toString(START_TIMEOUT.toSeconds()), "start"), "pg_ctl start");
        LOG.info("Started the embedded PostgreSQL on 127.0.0.1:{} ({})", port, cluster);
    }

    private void createDatabaseIfMissing() {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", USER,
                password)) {
            try (var st = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                st.setString(1, DATABASE);
                if (st.executeQuery().next()) {
                    return;
                }
            }
            try (var st = c.createStatement()) {
                st.execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database '" + DATABASE + "' on the embedded server: "
                    + e.getMessage(), e);
        }
    }

    private void exec(List<String> command, String what) {
        try {
            Process process = new ProcessBuilder(account.command(command))
                    .directory(cluster.getParent().toFile())
                    .redirectErrorStream(true)
                    .start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = process.waitFor();
            if (code != 0) {
                throw new IllegalStateException(what + " failed (exit " + code + "): " + output.strip()
                        + serverLogTail());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(what + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " interrupted", e);
        }
    }

    private String serverLogTail() {
        try {
            List<String> lines = Files.readAllLines(cluster.resolve("server.log"));
            return "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for PostgreSQL", e);
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
