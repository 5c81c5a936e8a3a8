package fr.passerelle.cli;

import fr.passerelle.engine.ProgressListener;
import fr.passerelle.engine.RunOptions;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.store.ProfileRepository;
import fr.passerelle.sync.FlowSync;
import fr.passerelle.sync.SyncException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs one flow of one profile headless, against the configured database, and prints the run summary. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run one flow of a profile with its published mapping and print the summary.")
final class RunCommand implements Callable<Integer> {

    @Option(names = "--profile", required = true, description = "the profile's name")
    String profile;

    @Option(names = "--flow", required = true, description = "products, categories, stock, prices, customers ...")
    String flow;

    @Option(names = "--dry-run", description = "everything but the writes: list what would change")
    boolean dryRun;

    @Override
    public Integer call() {
        try (var context = HeadlessStudio.start()) {
            var profiles = context.getBean(ProfileRepository.class);
            var sync = context.getBean(FlowSync.class);
            var found = profiles.findByName(profile);
            if (found.isEmpty()) {
                System.err.println("no profile named '" + profile + "'");
                return 1;
            }
            ProgressListener progress = (done, total) -> System.err.print("\r" + done
                    + (total >= 0 ? " / " + total : "") + " records");
            RunSummary summary = sync.run(found.get().id(), flow, new RunOptions(dryRun, progress));
            System.err.println();
            System.out.println(flow + ": " + summary.describe());
            return summary.status() == RunSummary.Status.FAILED ? 1 : 0;
        } catch (SyncException e) {
            System.err.println(e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            System.err.println("run failed: " + rootCause(e).getMessage());
            return 1;
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
