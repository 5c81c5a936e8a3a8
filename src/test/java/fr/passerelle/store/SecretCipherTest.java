package fr.passerelle.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretCipherTest {

    @Test
    void roundTripsASecretWithAGeneratedKey() {
        SecretCipher cipher = SecretCipher.fromKeyText(SecretCipher.newKeyText());

        String stored = cipher.encrypt("cs_9f8e7d");

        assertThat(stored).startsWith("v1:").doesNotContain("cs_9f8e7d");
        assertThat(cipher.decrypt(stored)).isEqualTo("cs_9f8e7d");
    }

    @Test
    void aPassphraseKeyDecryptsWhatTheSamePassphraseEncrypted() {
        String stored = SecretCipher.fromKeyText("correct horse battery staple").encrypt("secret");

        assertThat(SecretCipher.fromKeyText("correct horse battery staple").decrypt(stored)).isEqualTo("secret");
    }

    @Test
    void anotherKeyCannotReadTheSecretAndSaysWhy() {
        String stored = SecretCipher.fromKeyText("key one").encrypt("secret");

        assertThatThrownBy(() -> SecretCipher.fromKeyText("key two").decrypt(stored))
                .hasMessageContaining("PASSERELLE_SECRET_KEY");
    }

    @Test
    void aTamperedSecretIsRefused() {
        SecretCipher cipher = SecretCipher.fromKeyText("key");
        String stored = cipher.encrypt("secret");
        byte[] sealed = java.util.Base64.getDecoder().decode(stored.substring("v1:".length()));
        sealed[14] ^= 0x01; // one bit of the ciphertext, past the 12-byte IV
        String tampered = "v1:" + java.util.Base64.getEncoder().encodeToString(sealed);

        assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
    }
}
