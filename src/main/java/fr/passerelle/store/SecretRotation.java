package fr.passerelle.store;

import static fr.passerelle.store.jooq.Tables.SHOP_PROFILE;
import static fr.passerelle.store.jooq.Tables.WEBHOOK_SUBSCRIPTION;

import fr.passerelle.platform.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Rotates the key of the stored credentials: a new key is generated, every credential is
 * decrypted with the old key and sealed with the new one in one transaction (a failure leaves
 * every row as it was), then the new key file takes the old one's place.
 *
 * <p>With the key in the data folder the order is: new key written to {@code secret.key.new};
 * commit; {@code secret.key} renamed {@code secret.key.<time>.old} (or deleted); {@code
 * secret.key.new} renamed {@code secret.key}. A crash between two steps loses nothing: before
 * the commit the rows are still under the old key; after it, the start reads {@code
 * secret.key.new} as well (values name their key) and the next rotation finishes the swap first.
 * With {@code PASSERELLE_SECRET_KEY} the new key goes to a file the operator names, and the
 * operator sets the variable to it.
 */
@Service
public class SecretRotation {

    private final DSLContext db;
    private final SecretCipher cipher;
    private final SecretKeyFile keyFile;

    SecretRotation(DSLContext db, SecretCipher cipher, SecretKeyFile keyFile) {
        this.db = db;
        this.cipher = cipher;
        this.keyFile = keyFile;
    }

    /**
     * @param profiles how many profiles had their credentials re-encrypted
     * @param newKeyFile where the new key is (the data folder's {@code secret.key}, or the file given)
     * @param retiredKey the old key's backup, when kept
     */
    public record Result(int profiles, String oldKeyId, String newKeyId, Path newKeyFile, Optional<Path> retiredKey) {
    }

    /** Where the key comes from: the data folder's file, or {@code PASSERELLE_SECRET_KEY}. */
    public SecretKeyFile keyFile() {
        return keyFile;
    }

    /**
     * @param keepOld keep the retired key file as {@code secret.key.<time>.old}
     * @param newKeyFile with {@code PASSERELLE_SECRET_KEY} only: the file (which must not exist) that
     *     receives the new key
     * @throws IllegalStateException when the options do not fit where the key comes from
     */
    public Result rotate(boolean keepOld, @Nullable Path newKeyFile, Instant now) {
        if (keyFile.fromSetting()) {
            if (newKeyFile == null) {
                throw new IllegalStateException("the key comes from PASSERELLE_SECRET_KEY: give --new-key-file FILE,"
                        + " then set PASSERELLE_SECRET_KEY to that file's content before the next start");
            }
            String key = SecretCipher.newKeyText();
            try {
                PrivateFiles.create(newKeyFile, key);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the new key file " + newKeyFile + " (it must not exist)", e);
            }
            SecretCipher target = SecretCipher.fromKeyText(key);
            int count = reencrypt(cipher, target);
            return new Result(count, cipher.keyId(), target.keyId(), newKeyFile, Optional.empty());
        }
        if (newKeyFile != null) {
            throw new IllegalStateException("--new-key-file is for a key set with PASSERELLE_SECRET_KEY; this key is "
                    + keyFile.current().toAbsolutePath() + ", which the rotation replaces itself");
        }
        SecretCipher reading = cipher;
        Optional<String> interrupted = keyFile.readPending();
        if (interrupted.isPresent()) {
            // finish the interrupted rotation first: overwriting its key could lose rows it sealed
            reencrypt(reading, SecretCipher.fromKeyText(interrupted.get()));
            keyFile.promotePending(keepOld, now.minusSeconds(1));
        }
        String oldId = SecretCipher.fromKeyText(keyFile.readOrCreate()).keyId();
        String key = SecretCipher.newKeyText();
        keyFile.writePending(key);
        SecretCipher target = SecretCipher.fromKeyText(key);
        int count = reencrypt(interrupted.map(reading::alsoReading).orElse(reading), target);
        Optional<Path> retired = keyFile.promotePending(keepOld, now);
        return new Result(count, oldId, target.keyId(), keyFile.current(), retired);
    }

    /** Every credential of every profile from {@code from} to {@code to}, in one transaction. */
    int reencrypt(SecretCipher from, SecretCipher to) {
        return db.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            var rows = tx.select(SHOP_PROFILE.ID, SHOP_PROFILE.CREDENTIALS_ENC, SHOP_PROFILE.ERP_CREDENTIALS_ENC)
                    .from(SHOP_PROFILE).orderBy(SHOP_PROFILE.ID).forUpdate().fetch();
            for (Record3<Long, String, String> row : rows) {
                long id = row.value1();
                tx.update(SHOP_PROFILE)
                        .set(SHOP_PROFILE.CREDENTIALS_ENC, reseal(from, to, row.value2(), id, ProfileRepository.SHOP_COLUMN))
                        .set(SHOP_PROFILE.ERP_CREDENTIALS_ENC,
                                reseal(from, to, row.value3(), id, ProfileRepository.ERP_COLUMN))
                        .where(SHOP_PROFILE.ID.eq(id))
                        .execute();
            }
            // the webhook secrets (V009) are credentials too: same key, same transaction
            var hooks = tx.select(WEBHOOK_SUBSCRIPTION.PROFILE_ID, WEBHOOK_SUBSCRIPTION.TOPIC, WEBHOOK_SUBSCRIPTION.SECRET_ENC)
                    .from(WEBHOOK_SUBSCRIPTION).forUpdate().fetch();
            for (var hook : hooks) {
                tx.update(WEBHOOK_SUBSCRIPTION)
                        .set(WEBHOOK_SUBSCRIPTION.SECRET_ENC, reseal(from, to, hook.value3(), hook.value1(),
                                WebhookStore.column(hook.value2())))
                        .where(WEBHOOK_SUBSCRIPTION.PROFILE_ID.eq(hook.value1()), WEBHOOK_SUBSCRIPTION.TOPIC.eq(hook.value2()))
                        .execute();
            }
            return rows.size();
        });
    }

    private static @Nullable String reseal(SecretCipher from, SecretCipher to, @Nullable String stored, long id,
            String column) {
        if (stored == null) {
            return null;
        }
        String context = SecretCipher.rowContext(id, column);
        String plain = from.decrypt(stored, context);
        String sealed = to.encrypt(plain, context);
        if (!to.decrypt(sealed, context).equals(plain)) {
            throw new IllegalStateException("the new key does not read back what it sealed (profile " + id + ")");
        }
        return sealed;
    }
}
