package fr.passerelle.connector;

/** A session on a shop: records, plus files sent to a record (invoice PDF to the customer's order). */
public interface ShopSession extends ConnectorSession {

    /**
     * Sends a file to a shop record (the invoice PDF to an order), as the shop allows: an
     * attachment, a link in an order note, or a meta field.
     */
    WriteResult attachFile(String entity, String targetId, FileContent file);

    /**
     * Lines of open orders created at or after {@code since}, for reservation-aware stock
     * (STK-3): what the shop sold that the ERP may not know yet. Empty for a shop that cannot say.
     */
    default java.util.List<OpenOrderLine> openOrderLines(java.time.Instant since) {
        return java.util.List.of();
    }
}
