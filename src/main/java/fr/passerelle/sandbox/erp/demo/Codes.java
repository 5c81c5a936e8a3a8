package fr.passerelle.sandbox.erp.demo;

import java.util.Random;

/** Identifiers with check digits: EAN-13 barcodes and SIRET numbers (Luhn). */
final class Codes {

    private Codes() {
    }

    /** A French-prefixed EAN-13; when {@code valid} is false the check digit is deliberately wrong. */
    static String ean13(Random random, boolean valid) {
        StringBuilder digits = new StringBuilder("3");
        digits.append(random.nextInt(10));
        for (int i = 0; i < 10; i++) {
            digits.append(random.nextInt(10));
        }
        int check = eanCheck(digits.toString());
        return digits.append(valid ? check : (check + 1 + random.nextInt(8)) % 10).toString();
    }

    static int eanCheck(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int d = twelve.charAt(i) - '0';
            sum += i % 2 == 0 ? d : d * 3;
        }
        return (10 - sum % 10) % 10;
    }

    /** 14 digits whose Luhn sum is a multiple of 10, as INSEE issues them. */
    static String siret(Random random) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 13; i++) {
            digits.append(random.nextInt(10));
        }
        for (int last = 0; last < 10; last++) {
            if (luhn(digits.toString() + last)) {
                return digits.append(last).toString();
            }
        }
        throw new IllegalStateException("no Luhn digit");
    }

    static boolean luhn(String number) {
        int sum = 0;
        for (int i = 0; i < number.length(); i++) {
            int d = number.charAt(number.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    /** The intra-EU VAT number of a French company from its SIREN (the SIRET's first 9 digits). */
    static String vatNumber(String siret) {
        long siren = Long.parseLong(siret.substring(0, 9));
        long key = (12 + 3 * (siren % 97)) % 97;
        return String.format("FR%02d%s", key, siret.substring(0, 9));
    }

    /** A GUID drawn from the seeded generator, so record ids are the same on every start. */
    static String uuid(Random random) {
        return new java.util.UUID(random.nextLong(), random.nextLong()).toString();
    }
}
