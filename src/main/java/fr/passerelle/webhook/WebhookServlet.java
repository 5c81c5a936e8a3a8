package fr.passerelle.webhook;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code POST /webhooks/{profileId}/{shop}}: the raw body (at most 1 MiB) and the headers to {@link WebhookReceiver}. */
final class WebhookServlet extends HttpServlet {

    static final int MAX_BODY = 1 << 20;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})/([a-z0-9-]{1,40})/?");

    private final transient WebhookReceiver receiver;

    WebhookServlet(WebhookReceiver receiver) {
        this.receiver = receiver;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!m.matches()) {
            answer(response, 404, "no such webhook address");
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            answer(response, 413, "body over 1 MiB");
            return;
        }
        Map<String, String> headers = new HashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), request.getHeader(name));
        }
        WebhookReceiver.Answer answer = receiver.receive(Long.parseLong(m.group(1)), m.group(2), headers, body);
        answer(response, answer.status(), answer.message());
    }

    private static void answer(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
