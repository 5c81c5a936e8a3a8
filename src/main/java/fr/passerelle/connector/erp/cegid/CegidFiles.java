package fr.passerelle.connector.erp.cegid;

import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.FileContent;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Files of records produced by reports (the invoice PDF): {@code POST <ReportEntity>} on the
 * custom endpoint that carries the report, with {@code Accept: application/pdf}, then the
 * {@code Location} polled until the PDF comes back with 200.
 */
final class CegidFiles {

    private static final Map<String, String> PDF = Map.of("Accept", "application/pdf", "Content-Type",
            "application/json", "Accept-Language", "fr-FR");

    private final CegidCalls calls;
    private final ActionPoller poller;

    CegidFiles(CegidCalls calls) {
        this.calls = calls;
        this.poller = new ActionPoller(calls.http());
    }

    Optional<FileContent> read(EntityMap entity, String key) {
        EndpointMap.FileMap file = calls.map().files().get(entity.name());
        if (file == null) {
            return Optional.empty();
        }
        String[] parts = key.split("/", -1);
        if (parts.length != entity.keys().size()) {
            throw new ConnectorException(AcumaticaHttp.SYSTEM, "file " + entity.name(), 0, false,
                    "key '" + key + "' does not match " + entity.keys());
        }
        ObjectNode parameters = Json.MAPPER.createObjectNode();
        String filename = file.filename();
        for (Map.Entry<String, String> parameter : file.parameters().entrySet()) {
            String value = parts[entity.keys().indexOf(parameter.getValue())];
            parameters.set(parameter.getKey(), PayloadEncoder.wrap(value));
            filename = filename.replace("{" + parameter.getValue() + "}", value);
        }
        String operation = "report " + file.report() + " " + key;
        AcumaticaHttp.Answer answer = calls.call("POST", calls.endpointUri(calls.map().reportEndpoint(),
                calls.map().reportVersion(), file.report(), Map.of()),
                parameters.toString().getBytes(StandardCharsets.UTF_8), PDF, operation, false);
        if (answer.status() == 202) {
            answer = poller.await(answer, operation, PDF);
        }
        if (answer.status() == 200) {
            String type = answer.header("Content-Type");
            return Optional.of(new FileContent(filename, type == null ? "application/pdf" : type, answer.body()));
        }
        if (answer.text().contains("NoEntitySatisfiesTheCondition")) {
            return Optional.empty();
        }
        throw CegidCalls.failure(answer, operation);
    }
}
