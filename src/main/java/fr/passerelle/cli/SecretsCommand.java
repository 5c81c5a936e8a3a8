package fr.passerelle.cli;

import fr.passerelle.store.SecretRotation;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code secrets}: the key of the stored credentials. */
@Command(name = "secrets", mixinStandardHelpOptions = true,
        description = "The key that encrypts the stored credentials (shops and ERP).",
        subcommands = SecretsCommand.Rotate.class)
final class SecretsCommand implements Callable<Integer> {

    @Spec
    @Nullable CommandSpec spec;

    @Override
    public Integer call() {
        if (spec == null) {
            throw new IllegalStateException("picocli injects the spec");
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "missing sub-command: rotate");
    }

    /** {@code secrets rotate}: a new key, every credential re-encrypted in one transaction. */
    @Command(name = "rotate", mixinStandardHelpOptions = true,
            description = {"Generate a new key and re-encrypt every stored credential with it, in one transaction.",
                "Stop the studio first (or restart it after): a running studio keeps the old key in memory.",
                "Key in the data folder (<data folder>/secret.key, the default): the new key replaces it and",
                "  the old one is kept as secret.key.<time>.old (--delete-old-key removes it).",
                "Key in PASSERELLE_SECRET_KEY: --new-key-file FILE receives the new key (mode 600); set",
                "  PASSERELLE_SECRET_KEY to its content before the next start.",
                "Exit 0: rotated; 1: nothing changed (one line says why); 2: bad usage."})
    static final class Rotate implements Callable<Integer> {

        @Option(names = "--new-key-file", paramLabel = "FILE",
                description = "with PASSERELLE_SECRET_KEY: where to write the new key (must not exist)")
        @Nullable Path newKeyFile;

        @Option(names = "--delete-old-key", description = "delete the retired key instead of keeping secret.key.<time>.old")
        boolean deleteOldKey;

        @Spec
        @Nullable CommandSpec spec;

        @Override
        public Integer call() {
            if (spec == null) {
                throw new IllegalStateException("picocli injects the spec");
            }
            CommandLine line = spec.commandLine();
            if (newKeyFile != null) {
                Path parent = newKeyFile.toAbsolutePath().getParent();
                if (Files.exists(newKeyFile)) {
                    throw new CommandLine.ParameterException(line, "--new-key-file: " + newKeyFile + " already exists");
                }
                if (parent == null || !Files.isDirectory(parent)) {
                    throw new CommandLine.ParameterException(line, "--new-key-file: no such folder: " + parent);
                }
            }
            PrintWriter out = line.getOut();
            PrintWriter err = line.getErr();
            try (var context = HeadlessStudio.start()) {
                SecretRotation.Result result = context.getBean(SecretRotation.class)
                        .rotate(!deleteOldKey, newKeyFile, Instant.now());
                out.println("re-encrypted the credentials of " + result.profiles() + " profiles: key "
                        + result.oldKeyId() + " -> " + result.newKeyId() + " (" + result.newKeyFile().toAbsolutePath() + ")"
                        + result.retiredKey().map(p -> "; old key kept in " + p.toAbsolutePath()).orElse(""));
                if (newKeyFile != null) {
                    out.println("set PASSERELLE_SECRET_KEY to the content of " + newKeyFile.toAbsolutePath()
                            + " before the next start: the old key no longer reads the credentials");
                }
                return 0;
            } catch (RuntimeException e) {
                err.println("error: secrets rotate: " + ErrorLines.describe(e));
                return 1;
            } finally {
                out.flush();
                err.flush();
            }
        }
    }
}
