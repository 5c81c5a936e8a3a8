package fr.passerelle.cli;

import fr.passerelle.sandbox.SandboxApp;
import fr.passerelle.sandbox.SandboxServer;
import fr.passerelle.sandbox.catalog.SandboxCatalog;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Starts the sandboxes alone (no studio, no database) and prints where and how to reach them. */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = {"Start the simulated ERP and shops on 127.0.0.1 and print each base URL and credentials.",
            "Runs until Ctrl-C."})
final class SandboxCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8089", description = "Port to listen on (0 picks a free one; default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--only", split = ",", paramLabel = "ID", description = "Only these sandboxes (e.g. erp,woocommerce).")
    List<String> only = new ArrayList<>();

    @Spec
    CommandSpec spec;

    /** Set by tests: called once the server is up instead of waiting for Ctrl-C. */
    java.util.function.Consumer<SandboxServer> started = server -> waitForever();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<SandboxApp> apps = new ArrayList<>();
        List<String> wanted = only.isEmpty() ? SandboxCatalog.all().stream().map(SandboxCatalog.Entry::id).toList()
                : only;
        for (String id : wanted) {
            SandboxCatalog.Entry entry = SandboxCatalog.find(id.trim()).orElse(null);
            if (entry == null) {
                spec.commandLine().getErr().println("error: no sandbox named '" + id + "'; known: "
                        + SandboxCatalog.all().stream().map(SandboxCatalog.Entry::id).toList());
                return 1;
            }
            apps.add(entry.factory().get());
        }
        SandboxServer server = SandboxServer.start(port, apps.toArray(SandboxApp[]::new));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        for (SandboxApp app : apps) {
            out.println(app.id() + "  " + server.baseUrl(app.id()));
            for (String line : app.credentialsHint().split("\n")) {
                if (!line.isBlank()) {
                    out.println("    " + line);
                }
            }
        }
        out.println("Press Ctrl-C to stop.");
        out.flush();
        started.accept(server);
        return 0;
    }

    private static void waitForever() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
