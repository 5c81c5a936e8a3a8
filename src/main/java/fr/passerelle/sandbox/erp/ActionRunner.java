package fr.passerelle.sandbox.erp;

import fr.passerelle.sandbox.SandboxResponse;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Actions ({@code POST <Entity>/<Action>}): the record is found by id or keys, the work is
 * done, and the answer is 202 with a {@code Location} to poll; the status URL answers 202 for a
 * configurable number of polls (a long-running action), then 204.
 */
final class ActionRunner {

    private final EntityStore store;
    private final DocumentDesk desk;
    private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();
    private volatile int pollsBeforeDone = 1;

    ActionRunner(EntityStore store, DocumentDesk desk) {
        this.store = store;
        this.desk = desk;
    }

    void pollsBeforeDone(int polls) {
        this.pollsBeforeDone = polls;
    }

    SandboxResponse run(String base, String entity, String action, JsonNode body) {
        JsonNode target = body.path("entity");
        return store.atomically(s -> {
            Optional<ObjectNode> record = find(entity, target);
            if (!knows(entity, action)) {
                return ErpErrors.notFound(base + "/" + entity + "/" + action);
            }
            if (record.isEmpty()) {
                return ErpErrors.noEntity();
            }
            String problem = execute(entity, action, record.get());
            if (problem != null) {
                return ErpErrors.pxException(422, problem);
            }
            String id = UUID.randomUUID().toString();
            running.put(id, new AtomicInteger(pollsBeforeDone));
            return SandboxResponse.empty(202).withHeader("Location", base + "/" + entity + "/" + action + "/status/" + id);
        });
    }

    /** GET of a status URL: 202 while the action "runs", 204 once done, 404 for an unknown id. */
    SandboxResponse status(String base, String entity, String action, String id) {
        AtomicInteger left = running.get(id);
        if (left == null) {
            return ErpErrors.notFound(base + "/" + entity + "/" + action + "/status/" + id);
        }
        if (left.getAndDecrement() > 0) {
            // a status poll that is still running answers 202 alone, without a Location (assumed:
            // the docs give the Location on the action's first answer only); the client asks again
            return SandboxResponse.empty(202);
        }
        running.remove(id);
        return SandboxResponse.empty(204);
    }

    private static boolean knows(String entity, String action) {
        return switch (entity + "." + action) {
            case "SalesOrder.SalesOrderCreateShipment", "SalesOrder.CancelSalesOrder", "Shipment.ConfirmShipment",
                    "Shipment.PrepareInvoice", "SalesInvoice.ReleaseSalesInvoice", "Payment.ReleasePayment" -> true;
            default -> false;
        };
    }

    /** Does the work; returns a business error message, or null. */
    private @org.jspecify.annotations.Nullable String execute(String entity, String action, ObjectNode record) {
        String status = Wire.text(record, "Status");
        switch (action) {
            case "SalesOrderCreateShipment" -> {
                if (!"Open".equals(status)) {
                    return "The order must be Open to be shipped; its status is " + status + ".";
                }
                desk.createShipment(record);
            }
            case "CancelSalesOrder" -> desk.cancelOrder(record);
            case "ConfirmShipment" -> desk.confirmShipment(record);
            case "PrepareInvoice" -> {
                if (!"Confirmed".equals(status)) {
                    return "The shipment must be confirmed before it is invoiced.";
                }
                desk.prepareInvoice(record);
            }
            case "ReleaseSalesInvoice" -> desk.releaseInvoice(record);
            case "ReleasePayment" -> {
                if ("On Hold".equals(status)) {
                    return "The document is on hold and cannot be released.";
                }
                desk.releasePayment(record);
            }
            default -> throw new IllegalStateException(action);
        }
        return null;
    }

    private Optional<ObjectNode> find(String entity, JsonNode target) {
        if (!store.defines(entity)) {
            return Optional.empty();
        }
        if (target.hasNonNull("id")) {
            return store.with(entity, t -> t.byId(target.get("id").asString()));
        }
        return store.with(entity, t -> {
            java.util.List<String> keys = new java.util.ArrayList<>();
            for (String key : t.keys()) {
                String value = Wire.text(target, key);
                if (value == null) {
                    return Optional.<ObjectNode>empty();
                }
                keys.add(value);
            }
            return t.byKeys(keys);
        });
    }
}
