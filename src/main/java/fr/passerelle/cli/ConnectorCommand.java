package fr.passerelle.cli;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.ConnectorDescriptor;
import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.ConnectorRegistry;
import fr.passerelle.connector.ConnectorSession;
import fr.passerelle.connector.Page;
import fr.passerelle.connector.ReadRequest;
import fr.passerelle.connector.WriteRequest;
import fr.passerelle.connector.WriteResult;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Tries a client's system from a terminal: reads an entity (one canonical record per line, as
 * JSON) or writes records from a JSON-lines file (one outcome per line). Any ERP or shop
 * connector found by {@link ConnectorRegistry} works.
 */
@Command(name = "connector", mixinStandardHelpOptions = true,
        description = {"Read or write one entity of a system through its connector.",
            "  connector SYSTEM read ENTITY --url URL [credentials] [--since ISO-DATE] [--filter EXPR] [--limit N]",
            "  connector SYSTEM write ENTITY --url URL [credentials] --in FILE.jsonl",
            "Credentials: cegid-xrp-flex --user U --password P [--tenant T]; ebp --key K --token T;",
            "  woocommerce --key ck_... --secret cs_...; prestashop --key K; shopify --token shpat_...",
            "Every secret also comes from the environment (--password-env VAR, --key-env, --secret-env,",
            "  --token-env) or standard input (--password-stdin ...): flags show in 'ps'.",
            "Write input lines are {\"key\":..,\"targetId\":..,\"payload\":{..}} or a bare payload object.",
            "Exit 0: done; 1: the system failed or refused (one line on stderr); 2: bad usage."})
final class ConnectorCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SYSTEM", description = "Connector id: cegid-xrp-flex, ebp, or a shop id.")
    String system;

    @Parameters(index = "1", paramLabel = "ACTION", description = "read or write")
    String action;

    @Parameters(index = "2", paramLabel = "ENTITY", description = "Entity name, e.g. erp.item")
    String entity;

    @Option(names = "--url", required = true, description = "Base URL of the system.")
    String url;

    @Mixin
    CredentialOptions credentials = new CredentialOptions();

    @Option(names = "--option", paramLabel = "NAME=VALUE", description = "Connector option (endpoint, version, ...).")
    Map<String, String> options = new LinkedHashMap<>();

    @Option(names = "--since", description = "Only records changed since (2026-01-31 or 2026-01-31T08:00:00Z).")
    @Nullable String since;

    @Option(names = "--filter", description = "The system's own filter text (OData $filter for the ERP).")
    @Nullable String filter;

    @Option(names = "--limit", defaultValue = "0", description = "At most N records (0: all).")
    int limit;

    @Option(names = "--page-size", defaultValue = "200")
    int pageSize;

    @Option(names = "--in", paramLabel = "FILE.jsonl", description = "Records to write, one JSON object per line.")
    @Nullable Path in;

    @Spec
    CommandSpec spec;

    /** Where {@code --X-env} options read (tests give their own). */
    Function<String, @Nullable String> environment = System::getenv;

    /** Where {@code --X-stdin} options read. */
    InputStream stdin = System.in;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (!action.equals("read") && !action.equals("write")) {
                throw new IllegalArgumentException("ACTION must be read or write, not '" + action + "'");
            }
            List<WriteRequest> toWrite = action.equals("write") ? input() : List.of();
            try (ConnectorSession session = open()) {
                return action.equals("read") ? read(session, out) : write(session, toWrite, out);
            }
        } catch (CommandLine.ParameterException e) {
            throw e;
        } catch (RuntimeException e) {
            // a refused login, a closed port, an answer that is not JSON or XML: one line, exit 1
            boolean saysWho = e instanceof ConnectorException || e instanceof IllegalArgumentException;
            err.println("error: " + (saysWho ? "" : system + ": ") + ErrorLines.describe(e));
            err.flush();
            return 1;
        }
    }

    private ConnectorSession open() {
        ConnectorRegistry registry = ConnectorRegistry.load();
        ConnectorDescriptor descriptor = registry.descriptors().stream().filter(d -> d.id().equals(system)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no connector '" + system + "'; known: "
                        + registry.descriptors().stream().map(ConnectorDescriptor::id).toList()));
        ConnectionSettings settings = new ConnectionSettings(url, credentials.resolve(descriptor, environment, stdin),
                options);
        return registry.erp(system).<ConnectorSession>map(c -> c.open(settings))
                .or(() -> registry.shop(system).map(c -> c.open(settings)))
                .orElseThrow(() -> new IllegalArgumentException("no connector '" + system + "'"));
    }

    private int read(ConnectorSession session, PrintWriter out) {
        ReadRequest request = new ReadRequest(filter, since == null ? null : instant(since),
                limit > 0 ? Math.min(pageSize, limit) : pageSize, null, List.of());
        int printed = 0;
        while (true) {
            Page page = session.read(entity, request);
            for (CanonicalRecord record : page.records()) {
                if (limit > 0 && printed >= limit) {
                    return 0;
                }
                out.println(RecordLines.record(record));
                printed++;
            }
            out.flush();
            if (page.last() || (limit > 0 && printed >= limit)) {
                return 0;
            }
            request = request.next(page.nextCursor());
        }
    }

    private int write(ConnectorSession session, List<WriteRequest> requests, PrintWriter out) {
        List<WriteResult> results = session.write(entity, requests);
        for (WriteResult result : results) {
            out.println(RecordLines.result(result));
        }
        out.flush();
        return results.stream().allMatch(WriteResult::succeeded) ? 0 : 1;
    }

    private List<WriteRequest> input() {
        if (in == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "write needs --in FILE.jsonl");
        }
        List<WriteRequest> requests = new ArrayList<>();
        int lineNumber = 0;
        for (String line : InputFiles.readUtf8(spec, "--in file", in).lines().toList()) {
            lineNumber++;
            if (!line.isBlank()) {
                requests.add(RecordLines.request(line, lineNumber));
            }
        }
        return requests;
    }

    /** 2026-01-31 (midnight UTC), 2026-01-31T08:00:00Z or with an offset. */
    static Instant instant(String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--since must be an ISO date or date-time, not '" + text + "'");
        }
    }
}
