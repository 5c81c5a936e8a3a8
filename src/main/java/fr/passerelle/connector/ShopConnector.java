package fr.passerelle.connector;

/**
 * An e-commerce shop (WooCommerce, PrestaShop, Shopify ...). Stateless like {@link ErpConnector};
 * adding a shop means one more implementation, never a change to the engine or the studio.
 */
public interface ShopConnector {

    ConnectorDescriptor descriptor();

    ShopSession open(ConnectionSettings settings);
}
