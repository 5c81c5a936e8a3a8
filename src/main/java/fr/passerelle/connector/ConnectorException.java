package fr.passerelle.connector;

/**
 * A system could not do what was asked, after the connector's own retries.
 *
 * @see #retryable()
 */
public class ConnectorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String system;
    private final String operation;
    private final int httpStatus;
    private final boolean retryable;

    public ConnectorException(String system, String operation, int httpStatus, boolean retryable, String message,
            Throwable cause) {
        super(system + " " + operation + (httpStatus > 0 ? " (HTTP " + httpStatus + ")" : "") + ": " + message, cause);
        this.system = system;
        this.operation = operation;
        this.httpStatus = httpStatus;
        this.retryable = retryable;
    }

    public ConnectorException(String system, String operation, int httpStatus, boolean retryable, String message) {
        this(system, operation, httpStatus, retryable, message, null);
    }

    public String system() {
        return system;
    }

    public String operation() {
        return operation;
    }

    /** The HTTP status the system answered, or 0 when it did not answer (timeout, refused). */
    public int httpStatus() {
        return httpStatus;
    }

    /** True when the same call may succeed later (throttling, timeout, 5xx): the run can be resumed. */
    public boolean retryable() {
        return retryable;
    }
}
