package fr.passerelle.connector;

/**
 * A sales-management ERP (Cegid XRP Flex, EBP). Stateless: everything about one connection
 * comes in through {@link ConnectionSettings}, so one instance serves every profile.
 */
public interface ErpConnector {

    ConnectorDescriptor descriptor();

    /** Opens a session (logs in); close it to log out, since ERP licences cap sessions. */
    ErpSession open(ConnectionSettings settings);
}
