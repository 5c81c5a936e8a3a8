package fr.passerelle.connector.erp.ebp;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.ErpSession;
import fr.passerelle.connector.FileContent;
import fr.passerelle.connector.Page;
import fr.passerelle.connector.ReadRequest;
import fr.passerelle.connector.WriteRequest;
import fr.passerelle.connector.WriteResult;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A session on EBP's API: every call carries {@code ebp-subscription-key} and the bearer token;
 * a 401 refreshes the token once; 429 and server errors of reads are retried a few times.
 * Tokens need no logout. Paging and filters follow the entity map's assumptions.
 */
final class EbpSession implements ErpSession {

    private static final int ATTEMPTS = 3;

    private final HttpClient client;
    private final String baseUrl;
    private final String subscriptionKey;
    private final @Nullable String folderId;
    private final EbpTokens tokens;
    private final EbpMap map;
    private final Duration timeout;

    EbpSession(EbpMap map, String baseUrl, String subscriptionKey, @Nullable String folderId, EbpTokens tokens,
            Duration timeout) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.map = map;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.subscriptionKey = subscriptionKey;
        this.folderId = folderId;
        this.tokens = tokens;
        this.timeout = timeout;
    }

    @Override
    public Page read(String entityName, ReadRequest request) {
        EbpMap.Entity entity = entity(entityName);
        int skip = request.cursor() == null ? 0 : Integer.parseInt(request.cursor());
        List<String> query = new ArrayList<>();
        List<String> filters = new ArrayList<>();
        if (request.filter() != null && !request.filter().isBlank()) {
            filters.add(request.filter());
        }
        if (request.modifiedSince() != null && entity.modified() != null) {
            filters.add(path(entity, entity.modified()) + " ge " + request.modifiedSince());
        }
        if (!filters.isEmpty()) {
            query.add("$filter=" + enc(String.join(" and ", filters)));
        }
        query.add(map.topParam() + "=" + request.pageSize());
        query.add(map.skipParam() + "=" + skip);
        HttpResponse<String> response = call("GET", resource(entity) + "?" + String.join("&", query), null,
                "read " + entityName);
        if (response.statusCode() != 200) {
            throw failure(response, "read " + entityName);
        }
        JsonNode body = EbpRecords.JSON.readTree(response.body());
        JsonNode rows = body.isArray() ? body : body.path("value");
        List<CanonicalRecord> records = new ArrayList<>();
        for (JsonNode row : rows) {
            records.add(EbpRecords.decode(entity, row));
        }
        return new Page(records, records.size() == request.pageSize() ? Integer.toString(skip + records.size())
                : null, -1);
    }

    @Override
    public List<WriteResult> write(String entityName, List<WriteRequest> batch) {
        EbpMap.Entity entity = entity(entityName);
        if (!entity.writable()) {
            throw new ConnectorException(EbpConnector.ID, "write " + entityName, 0, false, "read-only entity");
        }
        List<WriteResult> results = new ArrayList<>();
        for (WriteRequest request : batch) {
            String body = EbpRecords.encode(entity, request.payload()).toString();
            boolean create = request.targetId() == null;
            try {
                HttpResponse<String> response = call(create ? "POST" : "PUT", resource(entity)
                        + (create ? "" : "/" + enc(request.targetId())), body, "write " + entityName);
                int status = response.statusCode();
                if (status == 200 || status == 201) {
                    String id = response.body().isBlank() ? String.valueOf(request.targetId())
                            : EbpRecords.decode(entity, EbpRecords.JSON.readTree(response.body())).key();
                    results.add(create ? WriteResult.created(request.key(), id) : WriteResult.updated(request.key(), id));
                } else if (status == 400 || status == 409 || status == 422) {
                    results.add(WriteResult.failed(request.key(), response.body(), false));
                } else {
                    results.add(WriteResult.failed(request.key(), "HTTP " + status + ": " + response.body(),
                            status == 429 || status >= 500));
                }
            } catch (ConnectorException e) {
                results.add(WriteResult.failed(request.key(), e.getMessage(), e.retryable()));
            }
        }
        return results;
    }

    @Override
    public Optional<String> findId(String entityName, String matchField, String value) {
        EbpMap.Entity entity = entity(entityName);
        String filter = path(entity, matchField) + " eq '" + value.replace("'", "''") + "'";
        return read(entityName, new ReadRequest(filter, null, 1, null, List.of())).records().stream().findFirst()
                .map(CanonicalRecord::key);
    }

    /** EBP documents no file download for sales documents. */
    @Override
    public Optional<FileContent> readFile(String entity, String key) {
        return Optional.empty();
    }

    @Override
    public void close() {
        // bearer tokens hold no server session: nothing to log out
    }

    private HttpResponse<String> call(String method, String path, @Nullable String body, String operation) {
        boolean refreshed = false;
        for (int attempt = 1;; attempt++) {
            HttpResponse<String> response = once(method, path, body, operation);
            int status = response.statusCode();
            if (status == 401 && !refreshed && tokens.canRefresh()) {
                tokens.refresh();
                refreshed = true;
                continue;
            }
            boolean retry = status == 429 || (status >= 500 && method.equals("GET"));
            if (retry && attempt < ATTEMPTS) {
                long seconds = response.headers().firstValue("Retry-After").map(EbpSession::seconds).orElse((long) attempt);
                pause(Duration.ofSeconds(Math.min(seconds, 30)), operation);
                continue;
            }
            return response;
        }
    }

    private HttpResponse<String> once(String method, String path, @Nullable String body, String operation) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/" + path)).timeout(timeout)
                .header("ebp-subscription-key", subscriptionKey).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        String token = tokens.accessToken();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ConnectorException(EbpConnector.ID, operation, 0, true, "no answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException(EbpConnector.ID, operation, 0, true, "interrupted", e);
        }
    }

    private String resource(EbpMap.Entity entity) {
        String resource = entity.resource();
        if (resource.contains("{folderId}")) {
            if (folderId == null) {
                throw new ConnectorException(EbpConnector.ID, entity.name(), 0, false,
                        "option folderId is needed (read erp.folder to list them)");
            }
            resource = resource.replace("{folderId}", enc(folderId));
        }
        return resource;
    }

    private EbpMap.Entity entity(String name) {
        return map.entity(name).orElseThrow(() -> new ConnectorException(EbpConnector.ID, name, 0, false,
                "unknown entity " + name));
    }

    private static String path(EbpMap.Entity entity, String canonical) {
        return entity.fields().stream().filter(f -> f.name().equals(canonical)).findFirst()
                .map(f -> f.path().replace('.', '/')).orElseThrow(() -> new ConnectorException(EbpConnector.ID,
                        entity.name(), 0, false, "no field " + canonical));
    }

    private static ConnectorException failure(HttpResponse<String> response, String operation) {
        int status = response.statusCode();
        return new ConnectorException(EbpConnector.ID, operation, status, status == 429 || status >= 500,
                response.body().length() > 300 ? response.body().substring(0, 300) : response.body());
    }

    private static long seconds(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static void pause(Duration wait, String operation) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException(EbpConnector.ID, operation, 0, true, "interrupted", e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
