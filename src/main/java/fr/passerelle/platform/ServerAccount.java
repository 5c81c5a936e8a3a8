package fr.passerelle.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who the PostgreSQL server runs as. PostgreSQL refuses to run as root, so when we are root the
 * server commands are wrapped in {@code setpriv} to drop to an unprivileged account
 * ({@code postgres} if the machine has one, else {@code nobody}). This works without user
 * namespaces. As a normal user, commands run as they are.
 */
record ServerAccount(String name, String group, boolean switchUser) {

    static ServerAccount detect() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return new ServerAccount(System.getProperty("user.name"), "", false);
        }
        if (exists("postgres")) {
            return new ServerAccount("postgres", primaryGroup("postgres"), true);
        }
        return new ServerAccount("nobody", primaryGroup("nobody"), true);
    }

    List<String> command(List<String> command) {
        if (!switchUser) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=" + name, "--regid=" + group,
                "--clear-groups", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Hands a folder we created over to the server's account (no-op unless we switch user). */
    void own(Path path) {
        if (!switchUser) {
            return;
        }
        try {
            UserPrincipalLookupService lookup = path.getFileSystem().getUserPrincipalLookupService();
            UserPrincipal user = lookup.lookupPrincipalByName(name);
            GroupPrincipal grp = lookup.lookupPrincipalByGroupName(group);
            PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
            view.setOwner(user);
            view.setGroup(grp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot give " + path + " to the account " + name, e);
        }
    }

    /**
     * The server's account must be able to reach its data folder: every parent must be
     * searchable by others, or belong to that account. Say so plainly instead of letting initdb fail obscurely.
     */
    void checkCanReach(Path folder) {
        if (!switchUser) {
            return;
        }
        for (Path p = folder.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            try {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
                boolean ownsIt = Files.getOwner(p).getName().equals(name) && perms.contains(PosixFilePermission.OWNER_EXECUTE);
                if (!ownsIt && !perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    throw new StartupRefusedException("The embedded PostgreSQL runs as '" + name
                            + "' (PostgreSQL refuses root) and cannot reach " + folder + " because " + p
                            + " is closed to other users. Set PASSERELLE_DATA_DIR to a folder under an open"
                            + " path (for example /var/lib/passerelle) or point PASSERELLE_DB_URL to a server.");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static boolean exists(String user) {
        return run("id", "-u", user) != null;
    }

    private static String primaryGroup(String user) {
        String group = run("id", "-gn", user);
        return group == null ? "nogroup" : group;
    }

    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes()).trim();
            return process.waitFor() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
