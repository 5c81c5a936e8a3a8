package fr.passerelle.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-less client of the studio over real HTTP, with its own cookies: signs in as Vaadin's
 * login form does (the CSRF token read from the page's {@code _csrf} meta tags, posted with the
 * form), or without the token.
 */
public final class StudioHttp {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public StudioHttp(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF parameter name and token the login page gives its form (meta tags). */
    public Map<String, String> csrfOfLoginPage() throws Exception {
        HttpResponse<String> page = get("/login");
        Matcher m = META.matcher(page.body());
        Map<String, String> meta = new java.util.HashMap<>();
        while (m.find()) {
            meta.put(m.group(1), m.group(2));
        }
        if (!meta.containsKey("_csrf") || !meta.containsKey("_csrf_parameter")) {
            throw new IllegalStateException("the login page carries no CSRF meta tags: " + page.statusCode());
        }
        return Map.of(meta.get("_csrf_parameter"), meta.get("_csrf"));
    }

    /** Posts the login form as the login page's form would (with the token). */
    public HttpResponse<String> signIn(String username, String password) throws Exception {
        Map<String, String> csrf = csrfOfLoginPage();
        Map<String, String> form = new java.util.LinkedHashMap<>(csrf);
        form.put("username", username);
        form.put("password", password);
        return post("/login", form);
    }

    /** Posts the login form without any CSRF token. */
    public HttpResponse<String> signInWithoutCsrf(String username, String password) throws Exception {
        get("/login");
        return post("/login", Map.of("username", username, "password", password));
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** True when the answer to a sign-in is the redirect of a success (not back to the login page). */
    public static boolean signedIn(HttpResponse<String> answer) {
        return answer.statusCode() == 302 && answer.headers().firstValue("Location")
                .filter(l -> !l.contains("/login")).isPresent();
    }

    /** True when the session now reaches a protected page (no redirect to the login page). */
    public boolean reachesTheStudio() throws Exception {
        HttpResponse<String> profiles = get("/profiles");
        return profiles.statusCode() == 200;
    }
}
