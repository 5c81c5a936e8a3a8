package fr.passerelle.connector.shop;

import fr.passerelle.sandbox.SandboxApp;
import fr.passerelle.sandbox.SandboxRequest;
import fr.passerelle.sandbox.SandboxResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A sandbox app that answers every request with a canned response (a documentation example), and
 * keeps the requests so parsing tests can check what the connector sent.
 */
public final class StubShop implements SandboxApp {

    private final String id;
    private final Function<SandboxRequest, SandboxResponse> answer;
    private final List<SandboxRequest> requests = new CopyOnWriteArrayList<>();

    public StubShop(String id, Function<SandboxRequest, SandboxResponse> answer) {
        this.id = id;
        this.answer = answer;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public SandboxResponse handle(SandboxRequest request) {
        requests.add(request);
        return answer.apply(request);
    }

    public List<SandboxRequest> requests() {
        return List.copyOf(requests);
    }

    /** A test resource's text ({@code /woocommerce/order.json}). */
    public static String resource(String path) {
        try (InputStream in = StubShop.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
