package fr.passerelle.store;

import static fr.passerelle.store.jooq.Tables.SHOP_PROFILE;

import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * V007: binds every stored credential to its row. Values written before (v1: AES-GCM without
 * associated data) are decrypted and sealed again with the profile id and column as associated
 * data (v2). A Flyway migration rather than a re-encryption on every start: it runs once, under
 * Flyway's lock (one node of a cluster), in Flyway's transaction, and afterwards nothing reads
 * unbound values any more, so an old v1 value copied into a row later is refused too.
 *
 * <p>A value that does not decrypt (another key configured) fails the migration, and the start,
 * naming the profiles: the rows stay as they were until the right key is set.
 */
@Component
class V007__Bind_credentials_to_profiles extends BaseJavaMigration {

    private final SecretCipher cipher;

    V007__Bind_credentials_to_profiles(SecretCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public void migrate(Context context) {
        DSLContext db = DSL.using(context.getConnection(), SQLDialect.POSTGRES);
        List<Long> unreadable = new ArrayList<>();
        var rows = db.select(SHOP_PROFILE.ID, SHOP_PROFILE.CREDENTIALS_ENC, SHOP_PROFILE.ERP_CREDENTIALS_ENC)
                .from(SHOP_PROFILE).orderBy(SHOP_PROFILE.ID).fetch();
        for (Record3<Long, String, String> row : rows) {
            long id = row.value1();
            try {
                db.update(SHOP_PROFILE)
                        .set(SHOP_PROFILE.CREDENTIALS_ENC, bind(row.value2(), id, ProfileRepository.SHOP_COLUMN))
                        .set(SHOP_PROFILE.ERP_CREDENTIALS_ENC, bind(row.value3(), id, ProfileRepository.ERP_COLUMN))
                        .where(SHOP_PROFILE.ID.eq(id))
                        .execute();
            } catch (IllegalStateException wrongKey) {
                unreadable.add(id);
            }
        }
        if (!unreadable.isEmpty()) {
            throw new IllegalStateException("V007 cannot decrypt the credentials of the profiles " + unreadable
                    + " with the configured key: set PASSERELLE_SECRET_KEY (or secret.key) to the key that saved them");
        }
    }

    private @Nullable String bind(@Nullable String stored, long id, String column) {
        if (stored == null || !stored.startsWith("v1:")) {
            return stored;
        }
        return cipher.encrypt(cipher.decryptUnbound(stored), SecretCipher.rowContext(id, column));
    }
}
