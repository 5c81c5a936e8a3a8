package fr.passerelle.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterEach;
import java.io.IOException;
import java.util.Comparator;
import java.util.UUID;

/**
 * The embedded default database: a real PostgreSQL 18 kept on disk, which a restart finds again
 * (running or not). Runs as root on CI (through setpriv) and as a normal user elsewhere.
 */
class EmbeddedPostgresIT {

    // Not @TempDir: JUnit makes it 700, and as root the server runs as another account that must reach it.
    private final Path folder = Path.of(System.getProperty("java.io.tmpdir"), "passerelle-pg-it-" + UUID.randomUUID());

    @AfterEach
    void deleteFolder() throws IOException {
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void keepsDataAcrossAStopAndARestart() throws SQLException {
        try (EmbeddedPostgres first = EmbeddedPostgres.start(folder, true)) {
            execute(first, "create table note (text varchar(100))", "insert into note values ('gardé')");
        }

        try (EmbeddedPostgres second = EmbeddedPostgres.start(folder, true)) {
            assertThat(queryOne(second, "select text from note")).isEqualTo("gardé");
            assertThat(queryOne(second, "select current_setting('server_version_num')")).startsWith("18");
        }
    }

    @Test
    void attachesToTheServerAPreviousRunLeftRunning() throws SQLException {
        EmbeddedPostgres leftRunning = EmbeddedPostgres.start(folder, true);
        execute(leftRunning, "create table marker (id int)");
        try {
            try (EmbeddedPostgres attached = EmbeddedPostgres.start(folder, true)) {
                assertThat(attached.port()).isEqualTo(leftRunning.port());
                assertThat(queryOne(attached, "select count(*) from marker")).isEqualTo("0");
            }
            // closing an attached instance leaves the server to the one that started it
            assertThat(queryOne(leftRunning, "select 1")).isEqualTo("1");
        } finally {
            leftRunning.stop();
        }
    }

    @Test
    void adoptsAServerWhoseStarterWasKilledAndStopsItOnClose() throws Exception {
        EmbeddedPostgres orphan = EmbeddedPostgres.start(folder, true);
        // what a studio killed with -9 leaves: its server still running, its owner process gone
        Files.writeString(folder.resolve("server.owner"), "999999");

        try (EmbeddedPostgres adopter = EmbeddedPostgres.start(folder, true)) {
            assertThat(adopter.port()).isEqualTo(orphan.port());
        }

        assertThat(folder.resolve("pgdata").resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void cleansUpAStalePidFileLeftByACrash() throws Exception {
        try (EmbeddedPostgres first = EmbeddedPostgres.start(folder, true)) {
            execute(first, "create table survivor (id int)");
        }
        Path pidFile = first(folder).resolve("postmaster.pid");
        // what a killed server leaves behind: a pid file naming a process that no longer exists
        Files.writeString(pidFile, "999999\n" + first(folder) + "\n0\n5432\n\n127.0.0.1\n0 0\nready\n");

        try (EmbeddedPostgres restarted = EmbeddedPostgres.start(folder, true)) {
            assertThat(queryOne(restarted, "select count(*) from survivor")).isEqualTo("0");
            assertThat(restarted.port()).isNotEqualTo(5432);
        }
    }

    @Test
    void refusesConnectionsWithoutThePassword() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.start(folder, true)) {
            assertThat(Files.readString(folder.resolve("db-password")).trim()).hasSizeGreaterThan(20);
            try (Connection ignored = DriverManager.getConnection(server.jdbcUrl(), server.user(), "wrong")) {
                throw new AssertionError("connected with a wrong password");
            } catch (SQLException expected) {
                assertThat(expected.getMessage()).contains("password authentication failed");
            }
        }
    }

    private static Path first(Path folder) {
        return folder.resolve("pgdata");
    }

    private static void execute(EmbeddedPostgres server, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
                var st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    private static String queryOne(EmbeddedPostgres server, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
                var st = c.createStatement();
                var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
