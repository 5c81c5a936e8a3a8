package fr.passerelle.connector.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/**
 * Says in words why a call got no answer. The JDK's HTTP client often throws with no message
 * at all (a refused connection is a {@code ConnectException} whose message is null), which used
 * to reach users as "cannot reach 127.0.0.1: null".
 */
public final class IoFailures {

    private IoFailures() {
    }

    /** One line: what failed, and where ({@code host:port}). */
    public static String describe(IOException failure, URI uri) {
        String where = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        Throwable cause = rootCause(failure);
        if (failure instanceof HttpConnectTimeoutException) {
            return "no connection to " + where + " within the connect timeout";
        }
        if (failure instanceof HttpTimeoutException) {
            return "no answer from " + where + " within the timeout";
        }
        if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
            return "unknown host " + uri.getHost();
        }
        if (failure instanceof ConnectException || cause instanceof ConnectException) {
            return "connection refused by " + where + " (is the address right and the system up?)";
        }
        String message = failure.getMessage() != null ? failure.getMessage() : cause.getMessage();
        return "cannot reach " + where + ": " + failure.getClass().getSimpleName()
                + (message == null || message.isBlank() ? "" : " " + message.strip().replaceAll("\\s+", " "));
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
