package fr.passerelle.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated first password's file (issue 17, point 2): owner only, replaced, deleted. */
class InitialAdminPasswordTest {

    @TempDir
    Path dataDir;

    @Test
    void isWrittenReadableByItsOwnerOnlyAndDeletedOnRequest() throws Exception {
        InitialAdminPassword file = new InitialAdminPassword(dataDir.resolve("nested").resolve("initial-admin-password"));
        Path written = file.write("s3cret-Generated-Value");

        assertThat(Files.readString(written)).isEqualTo("s3cret-Generated-Value\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written))).isEqualTo("rw-------");

        Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-r--r--"));
        file.write("another-Generated-Value");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written)))
                .as("a leftover file is replaced, not reused with its permissions").isEqualTo("rw-------");

        file.deleteIfPresent();
        assertThat(written).doesNotExist();
        file.deleteIfPresent();
    }
}
