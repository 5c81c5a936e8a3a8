package fr.passerelle.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Encrypts credentials at rest with AES-256-GCM, each bound to the row and column it is stored
 * in: the GCM associated data names them ({@link #rowContext}), so a ciphertext copied to
 * another profile (or from the ERP column to the shop column) fails its tag check instead of
 * handing that profile someone else's credentials.
 *
 * <p>The stored form is {@code v2:KEYID:base64(iv || ciphertext || tag)}. The key id (8 hex
 * digits of a SHA-256 of the key) says which key sealed a value, so a rotation interrupted
 * between the database commit and the swap of key files still reads everything, and a wrong
 * key is named rather than guessed at. {@code v1:} values (no associated data, no key id) are
 * what versions before V007 wrote; only the migration reads them ({@link #decryptUnbound}).
 */
public final class SecretCipher {

    private static final String V1 = "v1:";
    private static final String V2 = "v2:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] SALT = "passerelle.secret-key.v1".getBytes(StandardCharsets.UTF_8);

    private final String currentId;
    private final Map<String, SecretKey> keys;
    private final SecureRandom random = new SecureRandom();

    private SecretCipher(String currentId, Map<String, SecretKey> keys) {
        this.currentId = currentId;
        this.keys = Map.copyOf(keys);
    }

    /**
     * A key given as text: 32 bytes in Base64 are used as they are; anything else is treated as
     * a passphrase and stretched with PBKDF2.
     */
    public static SecretCipher fromKeyText(String keyText) {
        SecretKey key = keyOf(keyText);
        String id = idOf(key);
        return new SecretCipher(id, Map.of(id, key));
    }

    /** The same cipher, also able to read (never to write) what this other key sealed. */
    public SecretCipher alsoReading(String keyText) {
        SecretKey key = keyOf(keyText);
        Map<String, SecretKey> all = new LinkedHashMap<>(keys);
        all.putIfAbsent(idOf(key), key);
        return new SecretCipher(currentId, all);
    }

    /** A new random key, Base64, as written into the data folder when none is configured. */
    public static String newKeyText() {
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        return Base64.getEncoder().encodeToString(raw);
    }

    /** The id of the key that encrypts (8 hex digits; names a key in messages, never reveals it). */
    public String keyId() {
        return currentId;
    }

    /** The id of the key that sealed a stored value, or "" for values written before V007. */
    public static String keyIdOf(String stored) {
        if (!stored.startsWith(V2)) {
            return "";
        }
        int end = stored.indexOf(':', V2.length());
        return end < 0 ? "" : stored.substring(V2.length(), end);
    }

    /** The associated data of one credentials column of one profile. */
    public static String rowContext(long profileId, String column) {
        return "passerelle/shop_profile/" + profileId + "/" + column;
    }

    /** Encrypts with the current key, bound to {@code context} (see {@link #rowContext}). */
    public String encrypt(String plain, String context) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, keys.get(currentId), iv, context,
                plain.getBytes(StandardCharsets.UTF_8), 0, -1);
        byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
        System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
        return V2 + currentId + ":" + Base64.getEncoder().encodeToString(out);
    }

    /**
     * Decrypts a value sealed for {@code context}.
     *
     * @throws IllegalStateException when the value belongs to another row, was altered, or was
     *     sealed with a key this cipher does not hold
     */
    public String decrypt(String stored, String context) {
        if (!stored.startsWith(V2)) {
            throw new IllegalStateException("a stored secret is not bound to its row (" + context
                    + "): the migration V007 should have re-encrypted it");
        }
        String id = keyIdOf(stored);
        @Nullable SecretKey key = keys.get(id);
        if (key == null) {
            throw new IllegalStateException("a stored secret (" + context + ") was encrypted with the key " + id
                    + ", the configured key is " + currentId
                    + ": was PASSERELLE_SECRET_KEY or secret.key changed (or rotated) since it was saved?");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(V2.length() + id.length() + 1));
        try {
            return new String(run(Cipher.DECRYPT_MODE, key, Arrays.copyOf(all, IV_BYTES), context, all, IV_BYTES,
                    all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("cannot decrypt a stored secret (" + context
                    + "): it was not encrypted for this row (copied from another?) or it was altered", e);
        }
    }

    /** Reads a {@code v1:} value (before V007: no associated data), for the migration only. */
    String decryptUnbound(String stored) {
        if (!stored.startsWith(V1)) {
            throw new IllegalArgumentException("not a v1 secret");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(V1.length()));
        for (SecretKey key : keys.values()) {
            try {
                return new String(run(Cipher.DECRYPT_MODE, key, Arrays.copyOf(all, IV_BYTES), null, all, IV_BYTES,
                        all.length - IV_BYTES), StandardCharsets.UTF_8);
            } catch (IllegalStateException wrongKey) {
                // try the next key
            }
        }
        throw new IllegalStateException(
                "cannot decrypt a stored secret: was PASSERELLE_SECRET_KEY changed since it was saved?");
    }

    /** Encrypts without associated data, as versions before V007 did: for tests of the migration. */
    String encryptUnbound(String plain) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, keys.get(currentId), iv, null, plain.getBytes(StandardCharsets.UTF_8),
                0, -1);
        byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
        System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
        return V1 + Base64.getEncoder().encodeToString(out);
    }

    private static byte[] run(int mode, SecretKey key, byte[] iv, @Nullable String context, byte[] input, int offset,
            int length) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            if (context != null) {
                cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            }
            return length < 0 ? cipher.doFinal(input) : cipher.doFinal(input, offset, length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(mode == Cipher.ENCRYPT_MODE ? "cannot encrypt a secret"
                    : "cannot decrypt a stored secret: was PASSERELLE_SECRET_KEY changed since it was saved?", e);
        }
    }

    private static SecretKey keyOf(String keyText) {
        if (keyText.isBlank()) {
            throw new IllegalArgumentException("the secret key is blank");
        }
        try {
            byte[] raw = Base64.getDecoder().decode(keyText.trim());
            if (raw.length == 32) {
                return new SecretKeySpec(raw, "AES");
            }
        } catch (IllegalArgumentException notBase64) {
            // a passphrase
        }
        try {
            PBEKeySpec spec = new PBEKeySpec(keyText.toCharArray(), SALT, 210_000, 256);
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return new SecretKeySpec(derived, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        }
    }

    private static String idOf(SecretKey key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("passerelle key id".getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(key.getEncoded()), 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
