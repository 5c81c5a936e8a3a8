package fr.passerelle.connector.erp.cegid;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.ReadRequest;
import fr.passerelle.connector.WriteRequest;
import fr.passerelle.connector.WriteResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes: one PUT upsert per record ({@code If-None-Match: *} when the caller chooses the key),
 * a look-up first where a record must exist once only (an order by its customer order reference),
 * field errors of a 422 as that record's failure, then the entity's follow-up actions
 * (ReleasePayment ...) polled to completion.
 */
final class CegidWriter {

    private final CegidCalls calls;
    private final CegidReader reader;
    private final ActionPoller poller;

    CegidWriter(CegidCalls calls, CegidReader reader) {
        this.calls = calls;
        this.reader = reader;
        this.poller = new ActionPoller(calls.http());
    }

    List<WriteResult> write(EntityMap entity, List<WriteRequest> batch) {
        if (!entity.writable()) {
            throw new ConnectorException(AcumaticaHttp.SYSTEM, "write " + entity.name(), 0, false,
                    entity.name() + " is read-only in the entity map");
        }
        List<WriteResult> results = new ArrayList<>();
        for (WriteRequest request : batch) {
            try {
                results.add(writeOne(entity, request));
            } catch (PayloadEncoder.UnknownFieldsException e) {
                results.add(WriteResult.failed(request.key(), e.getMessage(), false));
            } catch (ConnectorException e) {
                if (e.httpStatus() == 403 || e.httpStatus() == 404) {
                    throw e;
                }
                results.add(WriteResult.failed(request.key(), e.getMessage(), e.retryable()));
            }
        }
        return results;
    }

    private WriteResult writeOne(EntityMap entity, WriteRequest request) {
        ObjectNode body = PayloadEncoder.encode(entity, request.payload(), reader.customTypes(entity));
        String operation = "write " + entity.name();
        if (request.targetId() != null) {
            setKeys(entity, body, request.targetId());
        } else {
            Optional<String> existing = existing(entity, request);
            if (existing.isPresent()) {
                // imported before (a crash, a re-run): the ERP document is never created twice
                return WriteResult.updated(request.key(), existing.get());
            }
        }
        boolean keysGiven = entity.keyFields().stream().allMatch(k -> !Paths.locate(body, k.segments())
                .path("value").isMissingNode());
        boolean insertOnly = request.targetId() == null && entity.insertOnly() && keysGiven;
        Map<String, String> headers = new HashMap<>(CegidCalls.JSON);
        if (insertOnly) {
            headers.put("If-None-Match", "*");
        }
        AcumaticaHttp.Answer answer = request.targetId() == null && !keysGiven && searchable(entity, request)
                ? createOnce(entity, request, body, headers, operation)
                : put(entity, body, headers, operation, keysGiven);
        if (answer.status() == FOUND) {
            return WriteResult.created(request.key(), answer.text());
        }
        boolean created = request.targetId() == null;
        if (answer.status() == 412 && insertOnly) {
            // already there (e.g. created by an earlier attempt): update it instead
            headers.remove("If-None-Match");
            answer = put(entity, body, headers, operation, true);
            created = false;
        }
        return switch (answer.status()) {
            case 200 -> afterWrite(entity, request, Json.MAPPER.readTree(answer.text()), created);
            case 400, 412, 422 -> WriteResult.failed(request.key(), String.join("; ",
                    answer.status() == 422 ? FieldErrors.collect(Json.MAPPER.readTree(answer.text()))
                            : List.of(FieldErrors.httpMessage(answer.text()))), false);
            default -> throw CegidCalls.failure(answer, operation);
        };
    }

    /** Whether the record carries every de-duplication value, so that a retry can look it up first. */
    private static boolean searchable(EntityMap entity, WriteRequest request) {
        return !entity.dedupeBy().isEmpty()
                && entity.dedupeBy().stream().allMatch(name -> NestedMaps.get(request.payload(), name) != null);
    }

    /** Status of the pseudo-answer {@link #createOnce} gives when a retry found the record made by an earlier attempt. */
    private static final int FOUND = -1;

    /**
     * A create whose keys the ERP chooses (an order number, a payment number) is not idempotent,
     * and Acumatica has no idempotency key. An attempt that timed out or failed with a 5xx may
     * still have created the record, so before every new attempt the record is searched by its
     * de-duplication fields (customer order reference, payment reference): found, it is the
     * answer; not found, the create is sent again. Never two documents for one shop order.
     */
    private AcumaticaHttp.Answer createOnce(EntityMap entity, WriteRequest request, ObjectNode body,
            Map<String, String> headers, String operation) {
        int attempts = Math.max(1, calls.http().policy().maxAttempts());
        for (int attempt = 1;; attempt++) {
            AcumaticaHttp.Answer answer;
            try {
                answer = put(entity, body, headers, operation, false);
                if (answer.status() < 500 || answer.loginLimit() || CegidCalls.notFound(answer)
                        || attempt >= attempts) {
                    return answer;
                }
            } catch (ConnectorException e) {
                if (!e.retryable() || attempt >= attempts) {
                    throw e;
                }
            }
            AcumaticaHttp.pause(calls.http().policy().backoff(attempt), operation);
            Optional<String> made = existing(entity, request);
            if (made.isPresent()) {
                return new AcumaticaHttp.Answer(FOUND, Map.of(), made.get().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private AcumaticaHttp.Answer put(EntityMap entity, ObjectNode body, Map<String, String> headers, String operation,
            boolean idempotent) {
        QueryShape shape = QueryShape.of(entity, List.of());
        Map<String, String> query = CegidCalls.query();
        if (!shape.expand().isEmpty()) {
            query.put("$expand", String.join(",", shape.expand()));
        }
        return calls.call("PUT", calls.entityUri(entity.resource(), query),
                body.toString().getBytes(StandardCharsets.UTF_8), headers, operation, idempotent);
    }

    private WriteResult afterWrite(EntityMap entity, WriteRequest request, JsonNode saved, boolean created) {
        CanonicalRecord record = RecordDecoder.decode(entity, saved);
        boolean hold = Boolean.TRUE.equals(request.payload().get("hold"));
        for (String action : hold ? List.<String>of() : entity.afterWrite()) {
            ObjectNode target = Json.MAPPER.createObjectNode();
            target.putObject("entity").put("id", saved.path("id").asString());
            String operation = action + " " + record.key();
            AcumaticaHttp.Answer answer = calls.call("POST", calls.entityUri(entity.resource() + "/" + action,
                    Map.of()), target.toString().getBytes(StandardCharsets.UTF_8), CegidCalls.JSON, operation, false);
            if (answer.status() == 202) {
                answer = poller.await(answer, operation, CegidCalls.JSON);
            }
            if (answer.status() != 204 && answer.status() != 200) {
                return new WriteResult(request.key(), WriteResult.Outcome.FAILED, record.key(), "saved as "
                        + record.key() + " but " + action + " failed: " + FieldErrors.httpMessage(answer.text()),
                        answer.status() >= 500);
            }
        }
        return created ? WriteResult.created(request.key(), record.key()) : WriteResult.updated(request.key(),
                record.key());
    }

    /** Looks the record up by its de-duplication fields (order type + customer order reference). */
    private Optional<String> existing(EntityMap entity, WriteRequest request) {
        if (entity.dedupeBy().isEmpty()) {
            return Optional.empty();
        }
        List<String> conditions = new ArrayList<>();
        for (String name : entity.dedupeBy()) {
            Object value = NestedMaps.get(request.payload(), name);
            if (value == null) {
                return Optional.empty();
            }
            conditions.add(entity.field(name).orElseThrow().path() + " eq " + ODataLiterals.of(value));
        }
        ReadRequest lookup = new ReadRequest(String.join(" and ", conditions), null, 1, null, entity.keys());
        return reader.read(entity, lookup).records().stream().findFirst().map(CanonicalRecord::key);
    }

    /** Puts the key of the record to update (targetId = key values joined by '/') into the body. */
    private static void setKeys(EntityMap entity, ObjectNode body, String targetId) {
        String[] parts = targetId.split("/", -1);
        List<FieldMap> keys = entity.keyFields();
        if (parts.length != keys.size()) {
            throw new ConnectorException(AcumaticaHttp.SYSTEM, "write " + entity.name(), 0, false,
                    "target id '" + targetId + "' does not have the " + keys.size() + " key part(s) " + entity.keys());
        }
        for (int i = 0; i < parts.length; i++) {
            List<String> segments = keys.get(i).segments();
            Paths.ensure(body, segments.subList(0, segments.size() - 1)).set(segments.getLast(),
                    PayloadEncoder.wrap(parts[i]));
        }
    }
}
