package fr.passerelle.connector.erp.cegid;

import fr.passerelle.connector.ConnectorException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Waits for a long-running operation (an action, a report): 202 + {@code Location} means
 * "still running, ask there", 204 (action) or 200 (report) means done. Polls with growing
 * spacing and gives up after the policy's action timeout.
 */
final class ActionPoller {

    private final AcumaticaHttp http;

    ActionPoller(AcumaticaHttp http) {
        this.http = http;
    }

    /** Follows a 202 answer until the operation ends; returns the final answer. */
    AcumaticaHttp.Answer await(AcumaticaHttp.Answer started, String operation, Map<String, String> headers) {
        AcumaticaHttp.Answer answer = started;
        Instant deadline = Instant.now().plus(http.policy().actionTimeout());
        int polls = 0;
        String location = null;
        while (answer.status() == 202) {
            // A status poll may answer 202 again without a Location: ask the same status URL again.
            String given = answer.header("Location");
            location = given != null ? given : location;
            if (location == null) {
                throw new ConnectorException(AcumaticaHttp.SYSTEM, operation, 202, false,
                        "the ERP accepted the operation but gave no Location to follow");
            }
            if (Instant.now().isAfter(deadline)) {
                throw new ConnectorException(AcumaticaHttp.SYSTEM, operation, 202, true,
                        "still running after " + http.policy().actionTimeout().toSeconds() + " s");
            }
            Duration wait = http.policy().baseDelay().multipliedBy(Math.min(++polls, 5));
            AcumaticaHttp.pause(wait.compareTo(http.policy().maxDelay()) > 0 ? http.policy().maxDelay() : wait,
                    operation);
            URI next = http.resolve(location);
            answer = http.send("GET", next, null, headers, operation, true);
        }
        return answer;
    }
}
