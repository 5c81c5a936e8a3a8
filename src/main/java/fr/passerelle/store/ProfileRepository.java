package fr.passerelle.store;

import static fr.passerelle.store.jooq.Tables.SHOP_PROFILE;
import static fr.passerelle.store.jooq.Tables.TENANT;

import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shop profiles. Credentials are encrypted before they reach the table and decrypted on read;
 * every read for a user goes through {@link #findVisibleTo(UserAccount)} so a merchant can never
 * list another tenant's profiles.
 */
@Repository
public class ProfileRepository {

    /** The credentials columns, as named in the associated data of their ciphertexts. */
    static final String SHOP_COLUMN = "credentials_enc";
    static final String ERP_COLUMN = "erp_credentials_enc";

    private final DSLContext db;
    private final SecretCipher cipher;

    ProfileRepository(DSLContext db, SecretCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    /**
     * Inserts a profile. Its credentials are encrypted for its row (the id is part of the
     * associated data), so they are written once the database has given the id, in the same
     * transaction: no reader ever sees the row without them.
     */
    @Transactional
    public ShopProfile create(ShopProfile profile) {
        long id = db.insertInto(SHOP_PROFILE)
                .set(SHOP_PROFILE.TENANT_ID, profile.tenantId())
                .set(SHOP_PROFILE.NAME, profile.name())
                .set(SHOP_PROFILE.ERP_TYPE, profile.erpType())
                .set(SHOP_PROFILE.ERP_BASE_URL, profile.erpBaseUrl())
                .set(SHOP_PROFILE.SETTINGS, org.jooq.JSONB.valueOf(CredentialsText.write(profile.settings())))
                .set(SHOP_PROFILE.SHOP_TYPE, profile.shopType())
                .set(SHOP_PROFILE.BASE_URL, profile.baseUrl())
                .set(SHOP_PROFILE.ENABLED, profile.enabled())
                .returning(SHOP_PROFILE.ID)
                .fetchOne(SHOP_PROFILE.ID);
        db.update(SHOP_PROFILE)
                .set(SHOP_PROFILE.ERP_CREDENTIALS_ENC, cipher.encrypt(CredentialsText.write(profile.erpCredentials()),
                        SecretCipher.rowContext(id, ERP_COLUMN)))
                .set(SHOP_PROFILE.CREDENTIALS_ENC, cipher.encrypt(CredentialsText.write(profile.credentials()),
                        SecretCipher.rowContext(id, SHOP_COLUMN)))
                .where(SHOP_PROFILE.ID.eq(id))
                .execute();
        return findById(id).orElseThrow();
    }

    /**
     * The first profile of that name, clients in alphabetical order. Names are unique per client
     * only: whoever acts on the answer should use {@link #findAllByName(String)}.
     */
    public Optional<ShopProfile> findByName(String name) {
        return select(SHOP_PROFILE.NAME.eq(name)).stream().findFirst();
    }

    /** Every profile of that name, one per client at most, clients in alphabetical order. */
    public List<ShopProfile> findAllByName(String name) {
        return select(SHOP_PROFILE.NAME.eq(name));
    }

    public Optional<ShopProfile> findById(long id) {
        return select(SHOP_PROFILE.ID.eq(id)).stream().findFirst();
    }

    /** Every profile of every tenant: for the scheduled jobs, which act for no user. */
    public List<ShopProfile> findAll() {
        return select(DSL.trueCondition());
    }

    /** The profiles a user may see: all for an administrator, else those of the user's tenants. */
    public List<ShopProfile> findVisibleTo(UserAccount user) {
        Condition visible = user.seesAllTenants() ? DSL.trueCondition() : SHOP_PROFILE.TENANT_ID.in(user.tenantIds());
        return select(visible);
    }

    /**
     * Sets one setting of a profile (the others are kept): a match rule chosen in the studio, say.
     * A setting the mappings read ({@code prices.includeTax}, {@code stock.warehouses} ...) may change
     * every payload, so the profile's flows forget their watermarks: their next runs read every
     * record again, and the id links' payload hashes keep the unchanged ones from being written.
     */
    public void putSetting(long id, String key, String value) {
        db.deleteFrom(fr.passerelle.store.jooq.Tables.WATERMARK).where(fr.passerelle.store.jooq.Tables.WATERMARK.PROFILE_ID.eq(id))
                .execute();
        db.update(SHOP_PROFILE)
                .set(SHOP_PROFILE.SETTINGS, DSL.field("{0} || jsonb_build_object({1}::text, {2}::text)", org.jooq.JSONB.class,
                        SHOP_PROFILE.SETTINGS, DSL.val(key), DSL.val(value)))
                .set(SHOP_PROFILE.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(SHOP_PROFILE.ID.eq(id))
                .execute();
    }

    /**
     * Replaces a profile's name, addresses and settings, and the credentials given: a secret
     * absent from the maps keeps its stored value (the studio never shows a secret, so an empty
     * field means "unchanged"). Credentials are re-encrypted for the row.
     */
    @Transactional
    public ShopProfile update(long id, String name, String baseUrl, String erpBaseUrl,
            java.util.Map<String, String> newCredentials, java.util.Map<String, String> newErpCredentials,
            java.util.Map<String, String> settings) {
        ShopProfile current = findById(id).orElseThrow(() -> new IllegalArgumentException("no profile " + id));
        java.util.Map<String, String> shop = new java.util.HashMap<>(current.credentials());
        shop.putAll(newCredentials);
        java.util.Map<String, String> erp = new java.util.HashMap<>(current.erpCredentials());
        erp.putAll(newErpCredentials);
        db.update(SHOP_PROFILE)
                .set(SHOP_PROFILE.NAME, name)
                .set(SHOP_PROFILE.BASE_URL, baseUrl)
                .set(SHOP_PROFILE.ERP_BASE_URL, erpBaseUrl)
                .set(SHOP_PROFILE.SETTINGS, org.jooq.JSONB.valueOf(CredentialsText.write(settings)))
                .set(SHOP_PROFILE.CREDENTIALS_ENC, cipher.encrypt(CredentialsText.write(shop),
                        SecretCipher.rowContext(id, SHOP_COLUMN)))
                .set(SHOP_PROFILE.ERP_CREDENTIALS_ENC, cipher.encrypt(CredentialsText.write(erp),
                        SecretCipher.rowContext(id, ERP_COLUMN)))
                .set(SHOP_PROFILE.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(SHOP_PROFILE.ID.eq(id))
                .execute();
        return findById(id).orElseThrow();
    }

    /** The profiles of one tenant, by name. */
    public List<ShopProfile> findByTenant(long tenantId) {
        return select(SHOP_PROFILE.TENANT_ID.eq(tenantId));
    }

    /** The raw stored credentials column, for audits and tests: never the plain text. */
    public Optional<String> storedCredentials(long id) {
        return db.select(SHOP_PROFILE.CREDENTIALS_ENC).from(SHOP_PROFILE).where(SHOP_PROFILE.ID.eq(id))
                .fetchOptional(SHOP_PROFILE.CREDENTIALS_ENC);
    }

    private List<ShopProfile> select(Condition condition) {
        return db.select(SHOP_PROFILE.asterisk(), TENANT.NAME)
                .from(SHOP_PROFILE)
                .join(TENANT).on(TENANT.ID.eq(SHOP_PROFILE.TENANT_ID))
                .where(condition)
                .orderBy(TENANT.NAME, SHOP_PROFILE.NAME)
                .fetch(this::toProfile);
    }

    private ShopProfile toProfile(Record r) {
        return new ShopProfile(r.get(SHOP_PROFILE.ID), r.get(SHOP_PROFILE.TENANT_ID), r.get(TENANT.NAME),
                r.get(SHOP_PROFILE.NAME), r.get(SHOP_PROFILE.ERP_TYPE),
                r.get(SHOP_PROFILE.ERP_BASE_URL) == null ? "" : r.get(SHOP_PROFILE.ERP_BASE_URL),
                decrypt(r.get(SHOP_PROFILE.ERP_CREDENTIALS_ENC), r.get(SHOP_PROFILE.ID), ERP_COLUMN),
                r.get(SHOP_PROFILE.SHOP_TYPE), r.get(SHOP_PROFILE.BASE_URL),
                decrypt(r.get(SHOP_PROFILE.CREDENTIALS_ENC), r.get(SHOP_PROFILE.ID), SHOP_COLUMN),
                CredentialsText.read(r.get(SHOP_PROFILE.SETTINGS).data()),
                r.get(SHOP_PROFILE.ENABLED), r.get(SHOP_PROFILE.UPDATED_AT));
    }

    private java.util.Map<String, String> decrypt(@org.jspecify.annotations.Nullable String stored, long id,
            String column) {
        return stored == null ? java.util.Map.of()
                : CredentialsText.read(cipher.decrypt(stored, SecretCipher.rowContext(id, column)));
    }
}
