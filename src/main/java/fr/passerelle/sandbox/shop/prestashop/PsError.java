package fr.passerelle.sandbox.shop.prestashop;

import fr.passerelle.sandbox.SandboxResponse;

/** A webservice error: HTTP status plus the XML {@code <errors>} body with its code. */
final class PsError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final int code;

    PsError(int status, int code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    SandboxResponse response() {
        return SandboxResponse.xml(status, PsXml.error(code, getMessage()));
    }
}
