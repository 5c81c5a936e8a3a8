package fr.passerelle.connector;

/**
 * An e-commerce shop (WooCommerce, PrestaShop, Shopify ...). Stateless like {@link ErpConnector};
 * adding a shop means one more implementation, never a change to the engine or the studio.
 */
public interface ShopConnector {

    ConnectorDescriptor descriptor();

    ShopSession open(ConnectionSettings settings);

    /**
     * Why a payload cannot fit this shop (Shopify's 2,048 variants and 3 options, name lengths,
     * required fields), checked before any write so a record is skipped whole, never
     * half-written. Empty when it fits.
     */
    default java.util.List<String> limitViolations(String entity, java.util.Map<String, ? extends Object> payload) {
        return java.util.List.of();
    }

    /** Records per write call that the shop accepts for this entity (WooCommerce batches: 100). */
    default int maxBatchSize(String entity) {
        return 1;
    }
}
