package fr.passerelle.store;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One shop connected to a tenant's ERP, with its credentials in clear (decrypted on read, never
 * stored that way). Credentials are name/value pairs ({@code key}, {@code secret}, {@code token} ...).
 *
 * @param settings non-secret options of the profile (warehouse, price mode ...), readable by mappings
 */
public record ShopProfile(long id, long tenantId, String tenantName, String name, String erpType,
        String erpBaseUrl, Map<String, String> erpCredentials, String shopType, String baseUrl,
        Map<String, String> credentials, Map<String, String> settings, boolean enabled, OffsetDateTime updatedAt) {

    public ShopProfile {
        erpCredentials = Map.copyOf(erpCredentials);
        credentials = Map.copyOf(credentials);
        settings = Map.copyOf(settings);
    }

    /** A profile to insert: the id and tenant name are filled by the database. */
    public static ShopProfile draft(long tenantId, String name, String erpType, String shopType, String baseUrl,
            Map<String, String> credentials) {
        return new ShopProfile(0, tenantId, "", name, erpType, "", Map.of(), shopType, baseUrl, credentials, Map.of(),
                true, OffsetDateTime.now());
    }

    /** The same profile connected to an ERP at this address with these credentials. */
    public ShopProfile withErp(String url, Map<String, String> erpCredentialValues) {
        return new ShopProfile(id, tenantId, tenantName, name, erpType, url, erpCredentialValues, shopType, baseUrl,
                credentials, settings, enabled, updatedAt);
    }

    /** Never prints a credential: profiles end up in logs and error messages. */
    @Override
    public String toString() {
        return "ShopProfile[id=" + id + ", tenant=" + tenantName + ", name=" + name + ", erp=" + erpType + " "
                + erpBaseUrl + " " + erpCredentials.keySet() + ", shop=" + shopType + " " + baseUrl + " "
                + credentials.keySet() + ", settings=" + settings + "]";
    }

    public ShopProfile withSettings(Map<String, String> newSettings) {
        return new ShopProfile(id, tenantId, tenantName, name, erpType, erpBaseUrl, erpCredentials, shopType, baseUrl,
                credentials, newSettings, enabled, updatedAt);
    }
}
