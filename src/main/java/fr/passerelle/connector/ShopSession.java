package fr.passerelle.connector;

/** A session on a shop: records, plus files sent to a record (invoice PDF to the customer's order). */
public interface ShopSession extends ConnectorSession {

    /**
     * Sends a file to a shop record (the invoice PDF to an order), as the shop allows: an
     * attachment, a link in an order note, or a meta field.
     */
    WriteResult attachFile(String entity, String targetId, FileContent file);
}
