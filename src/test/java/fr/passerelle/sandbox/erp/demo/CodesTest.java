package fr.passerelle.sandbox.erp.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Check digits of generated identifiers (ART-12 barcodes, CUS-2 SIRET). */
class CodesTest {

    @Test
    void computesTheEan13CheckDigitOfAKnownBarcode() {
        // 3017620422003 is a real French EAN-13 (check digit 3)
        assertThat(Codes.eanCheck("301762042200")).isEqualTo(3);
    }

    @Test
    void makesValidOrDeliberatelyInvalidBarcodes() {
        Random random = new Random(1);
        for (int i = 0; i < 100; i++) {
            assertThat(CodesAccess.validEan(Codes.ean13(random, true))).isTrue();
            assertThat(CodesAccess.validEan(Codes.ean13(random, false))).isFalse();
        }
    }

    @Test
    void makesSiretNumbersThatPassLuhnAndVatNumbersFromThem() {
        String siret = Codes.siret(new Random(7));
        assertThat(siret).hasSize(14);
        assertThat(Codes.luhn(siret)).isTrue();
        // La Poste's SIREN 356000000 has the published VAT number FR39356000000
        assertThat(Codes.vatNumber("35600000000048")).isEqualTo("FR39356000000");
    }
}
