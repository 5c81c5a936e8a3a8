package fr.passerelle.demo;

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

/** Serves the sandboxes inside the studio, under {@code /sandbox/<id>/...}, exactly as the stand-alone server does. */
final class SandboxServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient SandboxHost host;

    SandboxServlet(SandboxHost host) {
        this.host = host;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String below = request.getPathInfo() == null ? "/" : request.getPathInfo();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), Collections.list(request.getHeaders(name)));
        }
        byte[] body = request.getInputStream().readAllBytes();
        String rawQuery = request.getQueryString();
        SandboxRequest sandboxRequest = new SandboxRequest(request.getMethod(), SandboxHost.pathBelowApp(below),
                SandboxServer.parseQuery(rawQuery), headers, body);
        SandboxResponse answer = host.dispatch(request.getMethod(), below, rawQuery, sandboxRequest);
        response.setStatus(answer.status());
        answer.headers().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        byte[] out = answer.body();
        if (out.length > 0) {
            response.getOutputStream().write(out);
        }
    }
}
