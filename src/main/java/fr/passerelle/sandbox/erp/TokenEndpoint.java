package fr.passerelle.sandbox.erp;

import fr.passerelle.sandbox.SandboxResponse;
import fr.passerelle.sandbox.SandboxServer;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /identity/connect/token} with the resource-owner password grant, the flow a
 * server-to-server connector uses (Acumatica has no client-credentials flow). The client id must
 * name the tenant ({@code <guid>@<Tenant>}).
 */
final class TokenEndpoint {

    private final ErpSandbox.Options options;
    private final SessionRegistry sessions;

    TokenEndpoint(ErpSandbox.Options options, SessionRegistry sessions) {
        this.options = options;
        this.sessions = sessions;
    }

    SandboxResponse token(String form) {
        Map<String, List<String>> params = SandboxServer.parseQuery(form);
        String grant = first(params, "grant_type");
        String clientId = first(params, "client_id");
        if (!"password".equals(grant)) {
            return error("unsupported_grant_type");
        }
        if (!clientId.endsWith("@" + options.tenant())) {
            return error("invalid_client");
        }
        if (!options.user().equals(first(params, "username")) || !options.password().equals(first(params, "password"))) {
            return error("invalid_grant");
        }
        ObjectNode body = Wire.object();
        body.put("access_token", sessions.issueToken());
        body.put("expires_in", 3600);
        body.put("token_type", "Bearer");
        body.put("scope", "api offline_access");
        return SandboxResponse.json(200, body.toString());
    }

    private static SandboxResponse error(String code) {
        return SandboxResponse.json(400, "{\"error\":\"" + code + "\"}");
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }
}
