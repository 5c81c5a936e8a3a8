package fr.passerelle.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** MAP-7: what a merchant may change without being allowed expressions. */
class MappingEditsTest {

    private static final String BEFORE = "extends: a/b/c\nfields:\n  name: description\n";

    @Test
    @DisplayName("MAP-7: picking source fields and editing lookups or tests is a merchant's; expressions and rules are not")
    void merchantEdits() {
        assertThat(MappingEdits.forbiddenForMerchant(BEFORE, BEFORE + "  weight: weight\n")).isNull();
        assertThat(MappingEdits.forbiddenForMerchant(BEFORE, BEFORE + "lookups:\n  t:\n    a: b\n")).isNull();
        assertThat(MappingEdits.forbiddenForMerchant(BEFORE, "extends: a/b/c\nfields:\n  name: upper(description)\n"))
                .isEqualTo("fields.name");
        assertThat(MappingEdits.forbiddenForMerchant(BEFORE, BEFORE + "rules:\n  - name: r\n    when: true\n    reject: \"'x'\"\n"))
                .isEqualTo("rules");
        assertThat(MappingEdits.forbiddenForMerchant(BEFORE, BEFORE.replace("a/b/c", "a/b/d"))).isEqualTo("extends");
        assertThat(MappingEdits.forbiddenForMerchant(BEFORE, BEFORE + "  attributes:\n    each: barcodes\n    fields:\n      name: type\n"))
                .isEqualTo("fields.attributes");
    }
}
