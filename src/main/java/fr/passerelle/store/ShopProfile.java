package fr.passerelle.store;

import java.time.OffsetDateTime;

/**
 * One shop connected to a tenant's ERP, with its credentials in clear (decrypted on read, never
 * stored that way).
 */
public record ShopProfile(long id, long tenantId, String tenantName, String name, String erpType,
        String shopType, String baseUrl, String credentials, boolean enabled, OffsetDateTime updatedAt) {

    /** A profile to insert: the id and tenant name are filled by the database. */
    public static ShopProfile draft(long tenantId, String name, String erpType, String shopType, String baseUrl,
            String credentials) {
        return new ShopProfile(0, tenantId, "", name, erpType, shopType, baseUrl, credentials, true,
                OffsetDateTime.now());
    }
}
