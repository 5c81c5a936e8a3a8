package fr.passerelle.demo;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * In front of {@code /sandbox/*}, before the studio's security: the sandboxes answer only while
 * the demo runs, and only to this machine (unless {@code passerelle.demo.sandbox-remote-access});
 * everyone else gets 404, as if there were no sandbox at all.
 *
 * <p>"This machine" means: the client address is a loopback one, the connection arrived on a
 * loopback address, and no proxy header says the request was relayed for someone else. The second
 * condition keeps a client of the local network out even when forward headers are trusted and
 * it sends {@code X-Forwarded-For: 127.0.0.1}; the third keeps out the clients of a reverse proxy
 * running on the same machine.
 */
final class SandboxGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final List<String> PROXY_HEADERS = List.of("Forwarded", "X-Forwarded-For", "X-Forwarded-Host",
            "X-Real-IP");

    private final transient BooleanSupplier demoActive;
    private final transient BooleanSupplier remoteAccess;

    SandboxGate(BooleanSupplier demoActive, BooleanSupplier remoteAccess) {
        this.demoActive = demoActive;
        this.remoteAccess = remoteAccess;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (admits(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("application/json");
        response.getOutputStream().write("{\"message\":\"not found\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    boolean admits(HttpServletRequest request) {
        if (!demoActive.getAsBoolean()) {
            return false;
        }
        return remoteAccess.getAsBoolean() || fromThisMachine(request);
    }

    static boolean fromThisMachine(HttpServletRequest request) {
        if (!isLoopback(request.getRemoteAddr()) || !isLoopback(request.getLocalAddr())) {
            return false;
        }
        return PROXY_HEADERS.stream().noneMatch(h -> request.getHeader(h) != null);
    }

    /** A literal address only (never a name lookup): 127.0.0.0/8, ::1, or IPv4-mapped 127.x. */
    static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        String literal = address.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        if (!literal.matches("[0-9a-fA-F:.]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
