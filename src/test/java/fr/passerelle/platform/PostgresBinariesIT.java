package fr.passerelle.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL binaries: extracted into a folder named by their version that no other account
 * can write to (nor any folder above it), checked before use and extracted again when changed.
 */
class PostgresBinariesIT {

    private final Path data = privateBase().resolve("pg-binaries-it-" + UUID.randomUUID());

    /**
     * Where to extract: the build's {@code target/}, unless the checkout sits below a folder other
     * accounts can write to (a clone in {@code /tmp}), which the binaries rightly refuse; then where
     * an installation would keep them (root: under {@code /var/lib}, others: their cache).
     */
    private static Path privateBase() {
        Path target = Path.of("target").toAbsolutePath();
        if (FolderSafety.writableByOthers(target).isEmpty()) {
            return target;
        }
        return "root".equals(System.getProperty("user.name")) ? Path.of("/var/lib/passerelle-it")
                : Path.of(System.getProperty("user.home"), ".cache", "passerelle-it");
    }
    private final ServerAccount account = ServerAccount.detect();

    @AfterEach
    void deleteFolder() throws IOException {
        PostgresBinaries.deleteTree(data);
    }

    @Test
    void theBinariesFolderIsNamedByItsVersionAndNoOtherAccountCanWriteItOrAnyFolderAbove() throws Exception {
        Files.createDirectories(data);

        Path home = PostgresBinaries.extracted(data, account, data.resolve("server"));

        assertThat(home).isEqualTo(data.resolve("postgres-" + PostgresBinaries.version()));
        assertThat(PostgresBinaries.version()).matches("18\\.\\d+\\.\\d+");
        // the name is the real version: the server itself says so
        Process version = new ProcessBuilder(home.resolve("bin/postgres").toString(), "--version").start();
        String said = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(version.waitFor()).isZero();
        assertThat(said).startsWith("postgres (PostgreSQL) ");
        assertThat(PostgresBinaries.version()).startsWith(said.substring("postgres (PostgreSQL) ".length()));

        for (Path p = home.toRealPath(); p != null; p = p.getParent()) {
            assertThat(writableByAnother(p)).as(p + " is writable by another account").isFalse();
        }
        try (Stream<Path> walk = Files.walk(home)) {
            walk.filter(p -> !Files.isSymbolicLink(p)).forEach(p ->
                    assertThat(writableByAnother(p)).as(p + " is writable by another account").isFalse());
        }
        // the server's account may still run them
        Set<PosixFilePermission> postgres = Files.getPosixFilePermissions(home.resolve("bin/postgres"));
        assertThat(postgres).contains(PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE);
    }

    @Test
    void aChangedOrAddedFileIsNoticedAndTheBinariesAreExtractedAgain() throws Exception {
        Files.createDirectories(data);
        Path home = PostgresBinaries.extracted(data, account, data.resolve("server"));
        Path pgCtl = home.resolve("bin/pg_ctl");
        byte[] original = Files.readAllBytes(pgCtl);
        Files.setPosixFilePermissions(pgCtl, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.write(pgCtl, "#!/bin/sh\necho pwned\n".getBytes(StandardCharsets.UTF_8));
        Path planted = home.resolve("lib/planted.so");
        Files.createDirectories(planted.getParent());
        Files.writeString(planted, "x");

        Path again = PostgresBinaries.extracted(data, account, data.resolve("server"));

        assertThat(again).isEqualTo(home);
        assertThat(Files.readAllBytes(pgCtl)).isEqualTo(original);
        assertThat(planted).doesNotExist();
    }

    @Test
    void aDataFolderUnderAFolderOthersCanWriteKeepsNoBinaries() throws Exception {
        Path open = data.resolve("open");
        Files.createDirectories(open);
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));

        Path home = PostgresBinaries.home(open.resolve("data"), account, data.resolve("server"));

        assertThat(home.startsWith(open)).as(home + " is under " + open).isFalse();
        assertThat(home.getFileName().toString()).isEqualTo("postgres-" + PostgresBinaries.version());
    }

    @Test
    void privateFilesAreOwnerOnlyFromTheirCreationAndNeverReuseAFileAlreadyThere() throws Exception {
        Files.createDirectories(data);
        Path file = data.resolve("db-password");

        PrivateFiles.create(file, "secret");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(file).hasContent("secret");
        assertThatThrownBy(() -> PrivateFiles.create(file, "other")).isInstanceOf(FileAlreadyExistsException.class);
        Path link = data.resolve("link");
        Files.createSymbolicLink(link, data.resolve("elsewhere"));
        assertThatThrownBy(() -> PrivateFiles.create(link, "x")).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(data.resolve("elsewhere")).doesNotExist();
    }

    private static boolean writableByAnother(Path p) {
        try {
            PosixFileAttributes attributes = Files.readAttributes(p, PosixFileAttributes.class,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS);
            String owner = attributes.owner().getName();
            return attributes.permissions().contains(PosixFilePermission.OTHERS_WRITE)
                    || attributes.permissions().contains(PosixFilePermission.GROUP_WRITE)
                    || !(owner.equals("root") || owner.equals(System.getProperty("user.name")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
