package fr.passerelle.connector.erp.cegid;

import fr.passerelle.connector.ConnectorException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The endpoints an instance offers ({@code GET /entity}), checked once a session is signed in
 * (custom endpoints such as AtooSync are only listed to a signed-in caller), so a wrong endpoint
 * name or version fails with the list of what exists instead of 404s on every read.
 */
final class EndpointCatalog {

    /** One endpoint: name and version. */
    record Endpoint(String name, String version) {
    }

    private EndpointCatalog() {
    }

    static List<Endpoint> parse(String json) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (JsonNode endpoint : Json.MAPPER.readTree(json).path("endpoints")) {
            endpoints.add(new Endpoint(endpoint.path("name").asString(""), endpoint.path("version").asString("")));
        }
        return endpoints;
    }

    static void check(CegidCalls calls) {
        AcumaticaHttp.Answer answer = calls.call("GET", calls.http().resolve("entity"), null, CegidCalls.JSON,
                "list endpoints", true);
        if (answer.status() != 200) {
            throw CegidCalls.failure(answer, "list endpoints");
        }
        List<Endpoint> endpoints = parse(answer.text());
        Endpoint wanted = new Endpoint(calls.map().endpoint(), calls.map().version());
        if (!endpoints.contains(wanted)) {
            throw new ConnectorException(AcumaticaHttp.SYSTEM, "list endpoints", 404, false, "the instance has no "
                    + "endpoint " + wanted.name() + "/" + wanted.version() + "; it offers " + endpoints.stream()
                            .map(e -> e.name() + "/" + e.version()).toList());
        }
    }
}
