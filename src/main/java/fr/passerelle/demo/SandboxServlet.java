package fr.passerelle.demo;

import fr.passerelle.sandbox.BodyLimit;
import fr.passerelle.sandbox.SandboxHost;
import fr.passerelle.sandbox.SandboxRequest;
import fr.passerelle.sandbox.SandboxResponse;
import fr.passerelle.sandbox.SandboxServer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Serves the sandboxes inside the studio, under {@code /sandbox/<id>/...}, exactly as the
 * stand-alone server does, bodies past {@link BodyLimit} refused with 413 (announced or chunked).
 * {@link SandboxGate} decides before who may call at all.
 */
final class SandboxServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient SandboxHost host;

    SandboxServlet(SandboxHost host) {
        this.host = host;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<byte[]> body = BodyLimit.announcedTooLarge(request.getContentLengthLong()) ? Optional.empty()
                : BodyLimit.read(request.getInputStream());
        if (body.isEmpty()) {
            // the rest of the body stays unread: close the connection rather than drain it
            response.setHeader("Connection", "close");
            send(response, BodyLimit.tooLarge());
            return;
        }
        String below = request.getPathInfo() == null ? "/" : request.getPathInfo();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), Collections.list(request.getHeaders(name)));
        }
        String rawQuery = request.getQueryString();
        SandboxRequest sandboxRequest = new SandboxRequest(request.getMethod(), SandboxHost.pathBelowApp(below),
                SandboxServer.parseQuery(rawQuery), headers, body.get());
        send(response, host.dispatch(request.getMethod(), below, rawQuery, sandboxRequest));
    }

    private static void send(HttpServletResponse response, SandboxResponse answer) throws IOException {
        response.setStatus(answer.status());
        answer.headers().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        byte[] out = answer.body();
        if (out.length > 0) {
            response.getOutputStream().write(out);
        }
    }
}
