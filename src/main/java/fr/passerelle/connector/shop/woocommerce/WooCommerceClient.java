package fr.passerelle.connector.shop.woocommerce;

import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.http.HttpResult;
import fr.passerelle.connector.http.Json;
import fr.passerelle.connector.http.RetryPolicy;
import fr.passerelle.connector.http.RetryingHttpClient;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP side of WooCommerce: URLs under {@code /wp-json/}, HTTP Basic with the consumer key and
 * secret (the documented way over HTTPS; the sandbox accepts it over plain HTTP too), JSON in and
 * out, and WooCommerce's error body ({@code code}, {@code message}, {@code data.status}) turned
 * into a {@link ConnectorException}.
 */
final class WooCommerceClient {

    static final String SYSTEM = "woocommerce";

    /** One list page and the totals WordPress sends in headers. */
    record ListPage(List<Map<String, @Nullable Object>> items, long total, int totalPages) {
    }

    private final String root;
    private final String authorization;
    private final RetryingHttpClient http;
    private final Duration timeout;

    WooCommerceClient(ConnectionSettings settings) {
        String base = settings.baseUrl().replaceAll("/+$", "");
        this.root = base.endsWith("/wp-json") ? base : base + "/wp-json";
        String key = settings.credential("consumerKey").orElseThrow(() -> missing("consumerKey"));
        String secret = settings.credential("consumerSecret").orElseThrow(() -> missing("consumerSecret"));
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
        this.timeout = Duration.ofSeconds(settings.option("timeoutSeconds").map(Long::parseLong).orElse(60L));
        this.http = new RetryingHttpClient(SYSTEM, RetryPolicy.from(settings), timeout);
    }

    /** GET a list ({@code wc/v3/products}) with query parameters; reads the paging headers. */
    ListPage list(String path, Map<String, String> params) {
        HttpResult result = call("GET " + path, request(path, params).GET().build());
        List<Map<String, @Nullable Object>> items = Json.list(Json.parse(result.body())).stream()
                .map(Json::object).toList();
        long total = result.header("X-WP-Total").map(Long::parseLong).orElse(-1L);
        int pages = result.header("X-WP-TotalPages").map(Integer::parseInt).orElse(-1);
        return new ListPage(items, total, pages);
    }

    Map<String, @Nullable Object> get(String path, Map<String, String> params) {
        return Json.object(Json.parse(call("GET " + path, request(path, params).GET().build()).body()));
    }

    Map<String, @Nullable Object> post(String path, Object body) {
        return send("POST", path, body);
    }

    Map<String, @Nullable Object> put(String path, Object body) {
        return send("PUT", path, body);
    }

    /** POSTs raw bytes (a file to the WordPress media library). */
    Map<String, @Nullable Object> upload(String path, String fileName, String contentType, byte[] bytes) {
        HttpRequest request = request(path, Map.of()).header("Content-Type", contentType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName.replace("\"", "") + "\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        return Json.object(Json.parse(call("POST " + path, request).body()));
    }

    private Map<String, @Nullable Object> send(String method, String path, Object body) {
        HttpRequest request = request(path, Map.of()).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(Json.write(body))).build();
        return Json.object(Json.parse(call(method + " " + path, request).body()));
    }

    private HttpRequest.Builder request(String path, Map<String, String> params) {
        String query = params.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(root + "/" + path + (query.isEmpty() ? "" : "?" + query)))
                .timeout(timeout).header("Authorization", authorization).header("Accept", "application/json");
    }

    private HttpResult call(String operation, HttpRequest request) {
        HttpResult result = http.send(operation, request);
        if (!result.ok()) {
            throw error(operation, result);
        }
        return result;
    }

    /** WooCommerce's error body: {@code {"code":"woocommerce_rest_...","message":"...","data":{"status":400}}}. */
    static ConnectorException error(String operation, HttpResult result) {
        String message;
        try {
            Map<String, @Nullable Object> body = Json.object(Json.parse(result.body()));
            message = body.containsKey("code") ? body.get("code") + ": " + body.get("message") : result.text();
        } catch (RuntimeException notJson) {
            message = result.text();
        }
        boolean retryable = result.status() == 429 || result.status() >= 500;
        return new ConnectorException(SYSTEM, operation, result.status(), retryable, message);
    }

    private static ConnectorException missing(String name) {
        return new ConnectorException(SYSTEM, "open", 0, false, "credential '" + name + "' is missing");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
