package fr.passerelle.connector.shop.prestashop;

import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.http.HttpResult;
import fr.passerelle.connector.http.RetryPolicy;
import fr.passerelle.connector.http.RetryingHttpClient;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * HTTP side of the webservice: {@code <shop>/api/<resource>}, the key as basic-auth user with an
 * empty password, XML in and out, errors ({@code <errors><error><code>..}) turned into
 * {@link ConnectorException} with their code.
 */
final class PrestaShopClient {

    static final String SYSTEM = "prestashop";

    private final String api;
    private final String authorization;
    private final RetryingHttpClient http;
    private final Duration timeout;
    final String language;
    final List<String> languages;

    PrestaShopClient(ConnectionSettings settings) {
        String base = settings.baseUrl().replaceAll("/+$", "");
        this.api = base.endsWith("/api") ? base : base + "/api";
        String key = settings.credential("key").orElseThrow(() ->
                new ConnectorException(SYSTEM, "open", 0, false, "credential 'key' is missing"));
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
        this.timeout = Duration.ofSeconds(settings.option("timeoutSeconds").map(Long::parseLong).orElse(60L));
        this.http = new RetryingHttpClient(SYSTEM, RetryPolicy.from(settings), timeout);
        this.language = settings.option("languageId").orElse("1");
        this.languages = List.of(settings.option("languages").orElse(language).split(","));
    }

    /** GET a list with {@code display=full}; returns the record elements. */
    List<Map<String, @Nullable Object>> list(String resource, Map<String, String> params) {
        Map<String, String> all = new LinkedHashMap<>(params);
        all.putIfAbsent("display", "full");
        Element root = PsDocuments.parse(call("GET " + resource, request(resource, all).GET().build()).body());
        List<Map<String, @Nullable Object>> records = new ArrayList<>();
        for (Element list : PsDocuments.children(root)) {
            for (Element record : PsDocuments.children(list)) {
                records.add(PsDocuments.fields(record, language));
            }
        }
        return records;
    }

    Map<String, @Nullable Object> get(String resource, String id) {
        Element root = PsDocuments.parse(call("GET " + resource, request(resource + "/" + id, Map.of()).GET().build()).body());
        return PsDocuments.fields(PsDocuments.children(root).getFirst(), language);
    }

    /** The raw element of one record, languages kept, for GET-merge-PUT. */
    Map<String, @Nullable Object> getAllLanguages(String resource, String id, Set<String> multilingual) {
        Element root = PsDocuments.parse(call("GET " + resource, request(resource + "/" + id, Map.of()).GET().build()).body());
        Element record = PsDocuments.children(root).getFirst();
        Map<String, @Nullable Object> fields = PsDocuments.fields(record, language);
        for (Element field : PsDocuments.children(record)) {
            if (multilingual.contains(field.getTagName())) {
                Map<String, @Nullable Object> byLanguage = new LinkedHashMap<>();
                PsDocuments.children(field).forEach(l -> byLanguage.put(l.getAttribute("id"), l.getTextContent()));
                fields.put(field.getTagName(), byLanguage);
            }
        }
        return fields;
    }

    Map<String, @Nullable Object> send(String method, String resource, String element, Map<String, @Nullable Object> fields,
            Set<String> multilingual) {
        List<String> targetLanguages = new ArrayList<>(languages);
        fields.values().stream().filter(v -> v instanceof Map<?, ?>).forEach(v -> PsValues.object(v).keySet().stream()
                .filter(k -> !targetLanguages.contains(k) && k.matches("\\d+")).forEach(targetLanguages::add));
        String xml = PsDocuments.write(element, fields, multilingual, targetLanguages);
        HttpRequest request = request(resource, Map.of()).header("Content-Type", "text/xml; charset=utf-8")
                .method(method, HttpRequest.BodyPublishers.ofString(xml)).build();
        Element root = PsDocuments.parse(call(method + " " + resource, request).body());
        return PsDocuments.fields(PsDocuments.children(root).getFirst(), language);
    }

    /** DELETE one record (a specific price the ERP no longer has). */
    void delete(String resource, String id) {
        call("DELETE " + resource, request(resource + "/" + id, Map.of()).DELETE().build());
    }

    /** Fetches a file by URL (cloud storage photos): no webservice key is sent there. */
    byte[] download(String url) {
        HttpResult result = http.send("download " + url, HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build());
        if (!result.ok()) {
            throw new ConnectorException(SYSTEM, "download " + url, result.status(), result.status() >= 500, "cannot fetch the image");
        }
        return result.body();
    }

    /** POSTs a file as the multipart part {@code image}, as {@code /api/images/...} expects. */
    void uploadImage(String path, String fileName, String contentType, byte[] bytes) {
        String boundary = "----passerelle" + Long.toHexString(System.nanoTime());
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"" + fileName.replace("\"", "")
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + bytes.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(bytes, 0, body, head.length, bytes.length);
        System.arraycopy(tail, 0, body, head.length + bytes.length, tail.length);
        call("POST " + path, request(path, Map.of()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private HttpRequest.Builder request(String path, Map<String, String> params) {
        String query = params.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(api + "/" + path + (query.isEmpty() ? "" : "?" + query)))
                .timeout(timeout).header("Authorization", authorization);
    }

    private HttpResult call(String operation, HttpRequest request) {
        HttpResult result = http.send(operation, request);
        if (!result.ok()) {
            throw error(operation, result);
        }
        return result;
    }

    /** {@code <prestashop><errors><error><code>93</code><message>...</message>}. */
    static ConnectorException error(String operation, HttpResult result) {
        String message = result.text();
        try {
            Element root = PsDocuments.parse(result.body());
            List<String> errors = new ArrayList<>();
            for (Element list : PsDocuments.children(root)) {
                for (Element error : PsDocuments.children(list)) {
                    Map<String, @Nullable Object> f = PsDocuments.fields(error, "1");
                    errors.add("[" + PsValues.text(f.get("code")) + "] " + PsValues.text(f.get("message")));
                }
            }
            if (!errors.isEmpty()) {
                message = String.join("; ", errors);
            }
        } catch (RuntimeException notXml) {
            // keep the raw text
        }
        return new ConnectorException(SYSTEM, operation, result.status(), result.status() >= 500 || result.status() == 429, message);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
