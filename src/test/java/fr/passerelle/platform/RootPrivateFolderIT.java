package fr.passerelle.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The studio from the built jar, as a user starts it, with {@code PASSERELLE_DATA_DIR} in a
 * fresh {@code mktemp -d} folder (mode 700). Run as root (as here and on CI), the embedded
 * PostgreSQL runs as {@code postgres}, which cannot enter that folder: the cluster goes to a
 * folder of its own outside it, recorded in the data folder, and the studio serves /login.
 */
class RootPrivateFolderIT {

    private static final Path JAR = Path.of("target", "passerelle.jar").toAbsolutePath();

    @Test
    void aStudioStartedFromAFolderClosedToOtherUsersServesLogin() throws Exception {
        assertThat(JAR).as("the jar is built by 'package', before the integration tests").exists();
        Path data = Files.createTempDirectory("passerelle-private-"); // like mktemp -d: mode 700
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Path.of("target", "root-private-folder-it.log").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:off", "-jar", JAR.toString(), "--server.port=" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PASSERELLE_DATA_DIR", data.toString());
        builder.environment().put("PASSERELLE_ADMIN_PASSWORD", "Root-IT-Passerelle-2026");
        builder.environment().remove("PASSERELLE_DB_URL");
        Process studio = builder.start();
        try {
            assertThat(waitForLogin(studio, port, log)).isEqualTo(200);

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("db-password"))))
                    .isEqualTo("rw-------");
            if (ServerAccount.detect().switchUser()) {
                Path cluster = ClusterLocation.recorded(data).orElseThrow();
                assertThat(cluster.startsWith(data)).as(cluster + " is under " + data).isFalse();
                assertThat(cluster.resolve("pgdata/PG_VERSION")).exists();
                assertThat(Files.getOwner(cluster).getName()).isEqualTo(ServerAccount.detect().name());
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cluster))).isEqualTo("rwx------");
            }
        } finally {
            studio.destroy(); // SIGTERM: Spring closes, the embedded server is stopped with it
            if (!studio.waitFor(90, TimeUnit.SECONDS)) {
                studio.destroyForcibly().waitFor();
            }
            cleanUp(data);
        }
    }

    @Test
    void aClusterTheServerAccountCannotReachIsRefusedInOneSentence() throws Exception {
        Path data = Files.createTempDirectory("passerelle-closed-"); // mode 700
        Files.createDirectories(data.resolve("pgdata"));
        Files.writeString(data.resolve("pgdata/PG_VERSION"), "18\n"); // a cluster made when the folder was open
        try {
            ServerAccount account = ServerAccount.detect();
            if (!account.switchUser()) {
                // not root: the server runs as us and reaches any folder of ours, nothing to refuse
                ClusterLocation.preflight(data, account, EmbeddedPostgres.DEFAULT_SERVER_FOLDER);
                return;
            }
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xshare:off", "-cp", System.getProperty("java.class.path"), "fr.passerelle.Passerelle", "studio",
                    "--server.port=0");
            builder.environment().put("PASSERELLE_DATA_DIR", data.toString());
            builder.environment().remove("PASSERELLE_DB_URL");
            Process studio = builder.start();
            studio.getOutputStream().close();
            String err = new String(studio.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(studio.waitFor(120, TimeUnit.SECONDS)).isTrue();

            assertThat(studio.exitValue()).isEqualTo(1);
            assertThat(err.lines()).singleElement().asString()
                    .startsWith("error: The embedded PostgreSQL runs as '" + account.name() + "'")
                    .contains("cannot reach its cluster " + data.toRealPath().resolve("pgdata"))
                    .contains("closed to other users");
            assertThat(err).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(ClusterLocation.recorded(data)).isEmpty();
        } finally {
            PostgresBinaries.deleteTree(data);
        }
    }

    private static int waitForLogin(Process studio, int port, Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (!studio.isAlive()) {
                throw new AssertionError("the studio ended (exit " + studio.exitValue() + "):\n" + tail(log));
            }
            try {
                return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException notYet) {
                Thread.sleep(1000);
            }
        }
        throw new AssertionError("no answer on /login within 4 minutes:\n" + tail(log));
    }

    private static void cleanUp(Path data) throws IOException {
        Optional<Path> outside = ClusterLocation.recorded(data);
        Path cluster = outside.map(p -> p.resolve("pgdata")).orElse(data.resolve("pgdata"));
        if (Files.exists(cluster.resolve("postmaster.pid"))) {
            EmbeddedPostgres.start(data, false).stop();
        }
        EmbeddedPostgres.deleteAll(data);
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
