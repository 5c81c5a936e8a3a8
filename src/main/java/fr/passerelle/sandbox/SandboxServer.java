package fr.passerelle.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves sandbox apps over real HTTP on 127.0.0.1 (port 0 picks a free one), under
 * {@code /sandbox/<id>/...}, refusing bodies past {@link BodyLimit} with 413. Used by tests and by the {@code sandbox} command; the studio mounts
 * the same apps through its servlet instead.
 */
public final class SandboxServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final SandboxHost host;

    private SandboxServer(HttpServer server, SandboxHost host) {
        this.server = server;
        this.host = host;
    }

    public static SandboxServer start(int port, SandboxApp... apps) {
        SandboxHost host = new SandboxHost();
        for (SandboxApp app : apps) {
            host.mount(app);
        }
        return start(port, host);
    }

    public static SandboxServer start(int port, SandboxHost host) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
            SandboxServer sandbox = new SandboxServer(http, host);
            http.createContext("/sandbox/", sandbox::serve);
            http.setExecutor(sandbox.executor);
            http.start();
            return sandbox;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the sandbox server on port " + port, e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The base URL of one app, e.g. {@code http://127.0.0.1:41234/sandbox/woocommerce}. */
    public String baseUrl(String appId) {
        return "http://127.0.0.1:" + port() + "/sandbox/" + appId;
    }

    public SandboxHost host() {
        return host;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String below = path.substring("/sandbox".length());
            String rawQuery = exchange.getRequestURI().getRawQuery();
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
            String length = exchange.getRequestHeaders().getFirst("Content-Length");
            java.util.Optional<byte[]> read = length != null && BodyLimit.announcedTooLarge(parseLength(length))
                    ? java.util.Optional.empty()
                    : BodyLimit.read(exchange.getRequestBody());
            if (read.isEmpty()) {
                send(exchange, BodyLimit.tooLarge().withHeader("Connection", "close"));
                return;
            }
            byte[] body = read.get();
            SandboxRequest request = new SandboxRequest(exchange.getRequestMethod(), SandboxHost.pathBelowApp(below),
                    parseQuery(rawQuery), headers, body);
            send(exchange, host.dispatch(exchange.getRequestMethod(), below, rawQuery, request));
        }
    }

    private static void send(HttpExchange exchange, SandboxResponse response) throws IOException {
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().put(k, v));
        byte[] out = response.body();
        boolean noBody = out.length == 0 || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(response.status(), noBody ? -1 : out.length);
        if (!noBody) {
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(out);
            }
        }
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Decodes {@code a=1&b=x%20y&filter[sku]=A1} into ordered, repeated parameters. */
    public static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }
}
