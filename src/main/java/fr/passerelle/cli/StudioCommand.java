package fr.passerelle.cli;

import picocli.CommandLine.Command;

/**
 * Documents the default command in {@code --help}. The entry point starts the studio itself,
 * before picocli, unless {@code --help} or {@code --version} is asked for: then picocli prints
 * this command's help and nothing starts.
 */
@Command(name = "studio", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Start the studio (the default when no command is given): the web UI on",
            "http://localhost:8080, the scheduler, and the embedded PostgreSQL unless PASSERELLE_DB_URL is set.",
            "",
            "Spring options may follow, e.g. --server.port=9090. Settings (environment):",
            "  PASSERELLE_DATA_DIR       data folder (default ./.passerelle): database, secret key",
            "  PASSERELLE_DB_URL, PASSERELLE_DB_USER, PASSERELLE_DB_PASSWORD   an external PostgreSQL",
            "  PASSERELLE_SECRET_KEY     key of the stored credentials (default <data folder>/secret.key)",
            "  PASSERELLE_ADMIN_PASSWORD password of the first 'admin' user",
            "Exit 1 with one line on stderr when the studio cannot start (its database, its data folder)."})
final class StudioCommand implements Runnable {

    @Override
    public void run() {
        throw new IllegalStateException("the studio is started by the entry point, before picocli");
    }
}
