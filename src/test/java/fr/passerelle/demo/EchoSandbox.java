package fr.passerelle.demo;

import fr.passerelle.sandbox.SandboxApp;
import fr.passerelle.sandbox.SandboxRequest;
import fr.passerelle.sandbox.SandboxResponse;

/** A test-only sandbox that answers with what it received, to check the studio's mount. */
public final class EchoSandbox implements SandboxApp {

    @Override
    public String id() {
        return "echo";
    }

    @Override
    public SandboxResponse handle(SandboxRequest request) {
        String json = "{\"method\":\"" + request.method() + "\",\"path\":\"" + request.path() + "\",\"q\":\""
                + request.param("q").orElse("") + "\",\"body\":\"" + request.bodyText() + "\"}";
        return SandboxResponse.json(request.header("x-fail").isPresent() ? 422 : 200, json)
                .withHeader("X-WP-Total", "1");
    }
}
