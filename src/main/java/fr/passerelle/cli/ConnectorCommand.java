package fr.passerelle.cli;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.ConnectorRegistry;
import fr.passerelle.connector.ConnectorSession;
import fr.passerelle.connector.Page;
import fr.passerelle.connector.ReadRequest;
import fr.passerelle.connector.WriteRequest;
import fr.passerelle.connector.WriteResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
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
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
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
            "  connector SYSTEM read ENTITY --url URL [--user U --password P | --token T | --key K ...]",
            "            [--since ISO-DATE] [--filter EXPR] [--limit N]",
            "  connector SYSTEM write ENTITY --url URL ... --in FILE.jsonl",
            "Write input lines are {\"key\":..,\"targetId\":..,\"payload\":{..}} or a bare payload object."})
final class ConnectorCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SYSTEM", description = "Connector id: cegid-xrp-flex, ebp, or a shop id.")
    String system;

    @Parameters(index = "1", paramLabel = "ACTION", description = "read or write")
    String action;

    @Parameters(index = "2", paramLabel = "ENTITY", description = "Entity name, e.g. erp.item")
    String entity;

    @Option(names = "--url", required = true, description = "Base URL of the system.")
    String url;

    @Option(names = "--user") @Nullable String user;

    @Option(names = "--password", arity = "0..1", interactive = true) @Nullable String password;

    @Option(names = "--token", description = "A ready access token.") @Nullable String token;

    @Option(names = "--key", description = "API key (shops; EBP subscription key).") @Nullable String key;

    @Option(names = "--secret", description = "API secret.") @Nullable String secret;

    @Option(names = "--tenant") @Nullable String tenant;

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
        } catch (ConnectorException | IllegalArgumentException | IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private ConnectorSession open() {
        Map<String, String> credentials = new LinkedHashMap<>();
        put(credentials, "user", user);
        put(credentials, "password", password);
        put(credentials, "token", token);
        put(credentials, "key", key);
        put(credentials, "secret", secret);
        put(credentials, "tenant", tenant);
        ConnectionSettings settings = new ConnectionSettings(url, credentials, options);
        ConnectorRegistry registry = ConnectorRegistry.load();
        return registry.erp(system).<ConnectorSession>map(c -> c.open(settings))
                .or(() -> registry.shop(system).map(c -> c.open(settings)))
                .orElseThrow(() -> new IllegalArgumentException("no connector '" + system + "'; known: "
                        + registry.descriptors().stream().map(d -> d.id()).toList()));
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

    private List<WriteRequest> input() throws IOException {
        if (in == null) {
            throw new IllegalArgumentException("write needs --in FILE.jsonl");
        }
        List<WriteRequest> requests = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(in)) {
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

    private static void put(Map<String, String> map, String name, @Nullable String value) {
        if (value != null) {
            map.put(name, value);
        }
    }
}
