package fr.passerelle.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Routes requests to mounted sandbox apps, applying each one's faults and logging each answer.
 * Shared by the stand-alone {@link SandboxServer} and the studio's servlet.
 */
public final class SandboxHost {

    private record Mounted(SandboxApp app, Faults faults, RequestLog log) {
    }

    private final Map<String, Mounted> apps = new ConcurrentHashMap<>();

    public void mount(SandboxApp app) {
        apps.put(app.id(), new Mounted(app, new Faults(), new RequestLog()));
    }

    /** Drops every app and its data (the demo switched off): every path then answers 404. */
    public void unmountAll() {
        apps.clear();
    }

    public List<SandboxApp> apps() {
        return apps.values().stream().map(Mounted::app).toList();
    }

    public Faults faults(String id) {
        return mounted(id).faults();
    }

    public RequestLog log(String id) {
        return mounted(id).log();
    }

    /**
     * Answers a request whose path is below {@code /sandbox/}: {@code <id>/rest...}.
     *
     * @param pathBelowSandbox the path after {@code /sandbox}, starting with '/'
     */
    public SandboxResponse dispatch(String method, String pathBelowSandbox, String rawQuery,
            SandboxRequest requestBelowApp) {
        String rest = pathBelowSandbox.startsWith("/") ? pathBelowSandbox.substring(1) : pathBelowSandbox;
        int slash = rest.indexOf('/');
        String id = slash < 0 ? rest : rest.substring(0, slash);
        Mounted mounted = apps.get(id);
        if (mounted == null) {
            return SandboxResponse.json(404, "{\"message\":\"no sandbox named '" + id + "'\"}");
        }
        Optional<SandboxResponse> injected = mounted.faults().apply(method);
        SandboxResponse response;
        try {
            response = injected.orElseGet(() -> mounted.app().handle(requestBelowApp));
        } catch (RuntimeException e) {
            response = SandboxResponse.json(500, "{\"message\":\"sandbox error: "
                    + String.valueOf(e.getMessage()).replace("\"", "'") + "\"}");
        }
        if (injected.isEmpty()) {
            mounted.faults().afterHandling(method);
        }
        mounted.log().add(new RequestLog.Entry(method, requestBelowApp.path(), rawQuery == null ? "" : rawQuery,
                response.status()));
        return response;
    }

    /** The part of a {@code /sandbox/...} path below the app's mount point. */
    public static String pathBelowApp(String pathBelowSandbox) {
        String rest = pathBelowSandbox.startsWith("/") ? pathBelowSandbox.substring(1) : pathBelowSandbox;
        int slash = rest.indexOf('/');
        return slash < 0 ? "/" : rest.substring(slash);
    }

    private Mounted mounted(String id) {
        Mounted mounted = apps.get(id);
        if (mounted == null) {
            throw new IllegalArgumentException("no sandbox named '" + id + "'");
        }
        return mounted;
    }
}
