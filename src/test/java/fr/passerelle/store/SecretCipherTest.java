package fr.passerelle.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private static final String ROW_1 = SecretCipher.rowContext(1, "credentials_enc");
    private static final String ROW_2 = SecretCipher.rowContext(2, "credentials_enc");

    @Test
    void roundTripsASecretWithAGeneratedKey() {
        SecretCipher cipher = SecretCipher.fromKeyText(SecretCipher.newKeyText());

        String stored = cipher.encrypt("cs_9f8e7d", ROW_1);

        assertThat(stored).startsWith("v2:" + cipher.keyId() + ":").doesNotContain("cs_9f8e7d");
        assertThat(cipher.decrypt(stored, ROW_1)).isEqualTo("cs_9f8e7d");
    }

    @Test
    void aPassphraseKeyDecryptsWhatTheSamePassphraseEncrypted() {
        String stored = SecretCipher.fromKeyText("correct horse battery staple").encrypt("secret", ROW_1);

        assertThat(SecretCipher.fromKeyText("correct horse battery staple").decrypt(stored, ROW_1)).isEqualTo("secret");
    }

    @Test
    void aCiphertextCopiedToAnotherRowDoesNotDecrypt() {
        SecretCipher cipher = SecretCipher.fromKeyText("key");
        String stored = cipher.encrypt("secret", ROW_1);

        assertThatThrownBy(() -> cipher.decrypt(stored, ROW_2)).hasMessageContaining("not encrypted for this row");
        assertThatThrownBy(() -> cipher.decrypt(stored, SecretCipher.rowContext(1, "erp_credentials_enc")))
                .hasMessageContaining("not encrypted for this row");
    }

    @Test
    void anotherKeyCannotReadTheSecretAndSaysWhichKeySealedIt() {
        SecretCipher one = SecretCipher.fromKeyText("key one");
        String stored = one.encrypt("secret", ROW_1);

        assertThatThrownBy(() -> SecretCipher.fromKeyText("key two").decrypt(stored, ROW_1))
                .hasMessageContaining("PASSERELLE_SECRET_KEY").hasMessageContaining(one.keyId());
    }

    @Test
    void aCipherAlsoReadingARetiredKeyReadsWhatEitherSealedButWritesWithItsOwn() {
        SecretCipher old = SecretCipher.fromKeyText("old key");
        SecretCipher current = SecretCipher.fromKeyText("new key").alsoReading("old key");

        assertThat(current.decrypt(old.encrypt("secret", ROW_1), ROW_1)).isEqualTo("secret");
        assertThat(SecretCipher.keyIdOf(current.encrypt("x", ROW_1))).isEqualTo(SecretCipher.fromKeyText("new key").keyId());
    }

    @Test
    void aTamperedSecretIsRefused() {
        SecretCipher cipher = SecretCipher.fromKeyText("key");
        String stored = cipher.encrypt("secret", ROW_1);
        String prefix = "v2:" + cipher.keyId() + ":";
        byte[] sealed = java.util.Base64.getDecoder().decode(stored.substring(prefix.length()));
        sealed[14] ^= 0x01; // one bit of the ciphertext, past the 12-byte IV
        String tampered = prefix + java.util.Base64.getEncoder().encodeToString(sealed);

        assertThatThrownBy(() -> cipher.decrypt(tampered, ROW_1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anUnboundValueIsOnlyReadByTheMigration() {
        SecretCipher cipher = SecretCipher.fromKeyText("key");
        String legacy = cipher.encryptUnbound("secret");

        assertThat(legacy).startsWith("v1:");
        assertThatThrownBy(() -> cipher.decrypt(legacy, ROW_1)).hasMessageContaining("V007");
        assertThat(cipher.decryptUnbound(legacy)).isEqualTo("secret");
    }
}
