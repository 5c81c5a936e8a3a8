package fr.passerelle.cli;

import fr.passerelle.account.ProfilesAsCode;
import fr.passerelle.store.MappingRepository;
import fr.passerelle.store.ProfileRepository;
import fr.passerelle.store.TenantRepository;
import fr.passerelle.store.UserRepository;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Profiles as code (issue 13, MAP-5): a client's profiles, flow switches, settings and published
 * mapping documents written to a folder of YAML files, and read back into a client. Secrets are
 * never written: the export names the environment variable each one is read from on import.
 */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = {"Export or import a client's profiles as YAML files (secrets from the environment).",
            "  profile export --tenant CLIENT [--out DIR]",
            "  profile import DIR [--tenant CLIENT]",
            "Exit 0: done; 1: no such client, a profile name taken, a missing environment variable; 2: bad usage."},
        subcommands = {ProfileCommand.Export.class, ProfileCommand.Import.class})
final class ProfileCommand implements Callable<Integer> {

    @Spec
    @Nullable CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "give 'export' or 'import'");
    }

    private static ProfilesAsCode service(org.springframework.context.ApplicationContext context) {
        return ProfilesAsCode.headless(context.getBean(TenantRepository.class), context.getBean(ProfileRepository.class),
                context.getBean(MappingRepository.class), context.getBean(UserRepository.class));
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write a client's profiles under a folder.")
    static final class Export implements Callable<Integer> {

        @Option(names = "--tenant", required = true, paramLabel = "CLIENT", description = "the client (tenant) name")
        String tenant = "";

        @Option(names = "--out", paramLabel = "DIR", description = "the folder (default: profiles-<client>)")
        @Nullable Path out;

        @Spec
        @Nullable CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter stdout = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path dir = out != null ? out : Path.of("profiles-" + tenant.toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-"));
            try (var context = HeadlessStudio.start()) {
                var done = service(context).export(tenant, dir);
                stdout.println("exported " + done.profiles() + " profile(s), " + done.documents() + " mapping document(s) to "
                        + dir);
                if (!done.environment().isEmpty()) {
                    stdout.println("secrets not exported; 'profile import' reads them from: "
                            + String.join(", ", done.environment()));
                }
                return 0;
            } catch (IllegalArgumentException e) {
                err.println("error: " + ErrorLines.clip(String.valueOf(e.getMessage())));
                return 1;
            } catch (RuntimeException e) {
                err.println("error: export failed: " + ErrorLines.describe(e));
                return 1;
            } finally {
                stdout.flush();
                err.flush();
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Create the folder's profiles in a client (created if missing), secrets from the environment.")
    static final class Import implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "DIR", description = "a folder written by 'profile export'")
        Path dir = Path.of(".");

        @Option(names = "--tenant", paramLabel = "CLIENT", description = "the client to import into (default: the exported one)")
        @Nullable String tenant;

        @Spec
        @Nullable CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter stdout = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.isDirectory(dir)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no folder " + dir);
            }
            try (var context = HeadlessStudio.start()) {
                var done = service(context).importFrom(dir, tenant, System::getenv, "profile import");
                stdout.println("imported " + done.profiles().size() + " profile(s) into '" + done.tenant() + "' with "
                        + done.documents() + " published mapping document(s): " + String.join(", ", done.profiles()));
                return 0;
            } catch (IllegalArgumentException e) {
                err.println("error: " + ErrorLines.clip(String.valueOf(e.getMessage())));
                return 1;
            } catch (RuntimeException e) {
                err.println("error: import failed: " + ErrorLines.describe(e));
                return 1;
            } finally {
                stdout.flush();
                err.flush();
            }
        }
    }
}
