package fr.passerelle.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root of the command line. Sub-commands are added as their issues land; each one starts
 * only what it needs (the studio starts Spring, {@code check} starts nothing).
 */
@Command(
        name = "java -jar passerelle.jar",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Passerelle: keeps a sales-management ERP and e-commerce shops in step.",
            "",
            "With no command, starts the studio (web UI on http://localhost:8080, embedded database",
            "under ./.passerelle unless PASSERELLE_DB_URL is set). Spring options such as",
            "--server.port=9090 may follow."
        },
        subcommands = {StudioCommand.class, CheckCommand.class, MapCommand.class, RunCommand.class,
            SandboxCommand.class, ConnectorCommand.class, SecretsCommand.class, WorkerCommand.class, ProfileCommand.class},
        footer = {"", "Run 'java -jar passerelle.jar COMMAND --help' for a command's options.",
            "Exit codes: 0 done, 1 failed (one line on stderr), 2 bad usage (missing or unreadable file, unknown option)."})
public final class PasserelleCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return 0;
    }

    /** Runs the command line and returns the process exit code (2 on bad usage). */
    public static int execute(String... args) {
        return execute(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs the command line writing to the given streams (tests capture them). */
    static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine line = new CommandLine(new PasserelleCommand());
        line.setOut(out);
        line.setErr(err);
        line.setExitCodeExceptionMapper(e -> 1);
        // Bad usage: one line and exit 2, with where to read the options.
        line.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("error: " + ErrorLines.clip(String.valueOf(ex.getMessage())) + " (see '"
                    + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            ex.getCommandLine().getErr().flush();
            return 2;
        });
        // Anything a command let through: one line and exit 1, never a stack trace.
        line.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + ErrorLines.describe(ex));
            commandLine.getErr().flush();
            return 1;
        });
        return line.execute(args);
    }
}
