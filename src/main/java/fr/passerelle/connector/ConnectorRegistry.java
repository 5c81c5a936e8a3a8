package fr.passerelle.connector;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Every connector in the jar, found with {@link ServiceLoader} ({@code META-INF/services}), so
 * the command line finds them without starting Spring and the studio exposes the same set.
 */
public final class ConnectorRegistry {

    private final List<ErpConnector> erps;
    private final List<ShopConnector> shops;

    public ConnectorRegistry(List<ErpConnector> erps, List<ShopConnector> shops) {
        this.erps = List.copyOf(erps);
        this.shops = List.copyOf(shops);
    }

    public static ConnectorRegistry load() {
        return new ConnectorRegistry(
                ServiceLoader.load(ErpConnector.class).stream().map(ServiceLoader.Provider::get).toList(),
                ServiceLoader.load(ShopConnector.class).stream().map(ServiceLoader.Provider::get).toList());
    }

    public Optional<ErpConnector> erp(String id) {
        return erps.stream().filter(c -> c.descriptor().id().equals(id)).findFirst();
    }

    public Optional<ShopConnector> shop(String id) {
        return shops.stream().filter(c -> c.descriptor().id().equals(id)).findFirst();
    }

    public List<ConnectorDescriptor> descriptors() {
        return java.util.stream.Stream.concat(erps.stream().map(ErpConnector::descriptor),
                shops.stream().map(ShopConnector::descriptor)).toList();
    }
}
