package fr.passerelle.sandbox.erp;

import fr.passerelle.sandbox.SandboxRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** In-process requests to the ERP sandbox for tests. */
final class ErpRequests {

    private ErpRequests() {
    }

    static SandboxRequest post(String path, String json) {
        return new SandboxRequest("POST", path, Map.of(), Map.of("content-type", List.of("application/json")),
                json.getBytes(StandardCharsets.UTF_8));
    }
}
