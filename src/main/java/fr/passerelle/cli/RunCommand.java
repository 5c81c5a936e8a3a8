package fr.passerelle.cli;

import fr.passerelle.engine.ProgressListener;
import fr.passerelle.engine.RunOptions;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.store.ProfileRepository;
import fr.passerelle.store.ShopProfile;
import fr.passerelle.sync.FlowSync;
import fr.passerelle.sync.SyncException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Runs one flow of one profile headless, against the configured database, and prints the run
 * summary. Profile names are unique per client only, so a name two clients use must be scoped
 * with {@code --tenant} (or replaced by {@code --profile-id}): running another client's profile
 * by mistake writes into the wrong shop.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run one flow of a profile with its published mapping and print the summary.",
            "  run --profile NAME [--tenant CLIENT] --flow FLOW [--dry-run]",
            "  run --profile-id ID --flow FLOW [--dry-run]",
            "A profile name that several clients use needs --tenant (exit 1 names the clients).",
            "Exit 0: run done; 1: no such profile, ambiguous name, or the run failed; 2: bad usage."})
final class RunCommand implements Callable<Integer> {

    @Option(names = "--profile", paramLabel = "NAME", description = "the profile's name")
    @Nullable String profile;

    @Option(names = "--tenant", paramLabel = "CLIENT", description = "the client (tenant) whose profile it is")
    @Nullable String tenant;

    @Option(names = "--profile-id", paramLabel = "ID", description = "the profile's id (as the studio shows it)")
    @Nullable Long profileId;

    @Option(names = "--flow", required = true, description = "products, categories, stock, prices, customers ...")
    String flow = "";

    @Option(names = "--dry-run", description = "everything but the writes: list what would change")
    boolean dryRun;

    @Spec
    @Nullable CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine line = spec().commandLine();
        if ((profile == null) == (profileId == null)) {
            throw new CommandLine.ParameterException(line, "give --profile NAME (with --tenant CLIENT if needed) or --profile-id ID");
        }
        PrintWriter out = line.getOut();
        PrintWriter err = line.getErr();
        try (var context = HeadlessStudio.start()) {
            var profiles = context.getBean(ProfileRepository.class);
            var sync = context.getBean(FlowSync.class);
            ShopProfile chosen;
            try {
                chosen = choose(profiles);
            } catch (IllegalArgumentException e) {
                err.println("error: " + e.getMessage());
                return 1;
            }
            ProgressListener progress = (done, total) -> {
                err.print("\r" + done + (total >= 0 ? " / " + total : "") + " records");
                err.flush();
            };
            RunSummary summary = sync.run(chosen.id(), flow, new RunOptions(dryRun, progress),
                    fr.passerelle.sync.RunTrigger.manual("COMMAND"));
            err.println();
            out.println(flow + ": " + summary.describe());
            return summary.status() == RunSummary.Status.FAILED ? 1 : 0;
        } catch (SyncException e) {
            err.println("error: " + ErrorLines.clip(String.valueOf(e.getMessage())));
            return 1;
        } catch (RuntimeException e) {
            err.println("error: run failed: " + ErrorLines.describe(e));
            return 1;
        } finally {
            err.flush();
            out.flush();
        }
    }

    /** The one profile the options name, or why there is none. */
    ShopProfile choose(ProfileRepository profiles) {
        if (profileId != null) {
            return profiles.findById(profileId)
                    .orElseThrow(() -> new IllegalArgumentException("no profile with id " + profileId));
        }
        List<ShopProfile> named = profiles.findAllByName(String.valueOf(profile));
        List<ShopProfile> matching = tenant == null ? named
                : named.stream().filter(p -> p.tenantName().equals(tenant)).toList();
        if (matching.isEmpty()) {
            String clients = named.isEmpty() ? "" : " (it exists for " + clients(named) + ")";
            throw new IllegalArgumentException("no profile named '" + profile + "'"
                    + (tenant == null ? "" : " for client '" + tenant + "'") + clients);
        }
        if (matching.size() > 1) {
            throw new IllegalArgumentException("the profile name '" + profile + "' is used by " + matching.size()
                    + " clients: " + clients(matching) + "; choose one with --tenant CLIENT or --profile-id ID");
        }
        return matching.getFirst();
    }

    private static String clients(List<ShopProfile> profiles) {
        return profiles.stream().map(p -> "'" + p.tenantName() + "' (id " + p.id() + ")").collect(Collectors.joining(", "));
    }

    private CommandSpec spec() {
        if (spec == null) {
            throw new IllegalStateException("picocli injects the spec");
        }
        return spec;
    }
}
