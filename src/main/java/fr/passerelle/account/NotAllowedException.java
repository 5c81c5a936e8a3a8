package fr.passerelle.account;

/**
 * The signed-in user may not do this (MAP-7). Thrown by the services, whatever screen or request
 * asked: the studio hiding a button is a convenience, this is the rule.
 */
public class NotAllowedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotAllowedException(String message) {
        super(message);
    }
}
