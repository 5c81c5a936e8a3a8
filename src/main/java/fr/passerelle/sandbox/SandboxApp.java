package fr.passerelle.sandbox;

/**
 * One simulated system (the ERP, a shop), faithful to the real API: paths, auth, payload
 * shapes, status codes, paging, throttling. Implementations keep their state in memory and must
 * be thread-safe: the server calls {@link #handle} from several threads.
 */
public interface SandboxApp {

    /** The mount id: the app answers under {@code /sandbox/<id>/...}. */
    String id();

    SandboxResponse handle(SandboxRequest request);

    /** Credentials and hints printed by the {@code sandbox} command, one "name: value" per line. */
    default String credentialsHint() {
        return "";
    }
}
