package fr.passerelle.sandbox.erp;

import fr.passerelle.sandbox.SandboxResponse;
import tools.jackson.databind.node.ObjectNode;

/** Acumatica's error answers: the {@code HttpError} body for 4xx/5xx, the annotated entity for 422. */
final class ErpErrors {

    private ErpErrors() {
    }

    static SandboxResponse httpError(int status, String exceptionMessage, String exceptionType) {
        ObjectNode body = Wire.object();
        body.put("message", "An error has occurred.");
        body.put("exceptionMessage", exceptionMessage);
        body.put("exceptionType", exceptionType);
        body.put("stackTrace", "   at PX.Api.ContractBased.EntityService (sandbox)");
        return SandboxResponse.json(status, body.toString());
    }

    static SandboxResponse pxException(int status, String message) {
        return httpError(status, message, "PX.Data.PXException");
    }

    static SandboxResponse noEntity() {
        return httpError(500, "No entity satisfies the condition.",
                "PX.Api.ContractBased.NoEntitySatisfiesTheConditionException");
    }

    static SandboxResponse badRequest(String message) {
        ObjectNode body = Wire.object();
        body.put("message", message);
        return SandboxResponse.json(400, body.toString());
    }

    static SandboxResponse notFound(String what) {
        ObjectNode body = Wire.object();
        body.put("message", "No HTTP resource was found that matches the request URI '" + what + "'.");
        return SandboxResponse.json(404, body.toString());
    }

    /** 422: the entity itself, with a record-level error and the field errors inside the wrappers. */
    static SandboxResponse unprocessable(ObjectNode annotated, String entityLabel, boolean inserting) {
        annotated.put("error", (inserting ? "Inserting  '" : "Updating  '") + entityLabel
                + "' record raised at least one error. Please review the errors.");
        return SandboxResponse.json(422, annotated.toString());
    }
}
