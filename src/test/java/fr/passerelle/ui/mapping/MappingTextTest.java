package fr.passerelle.ui.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** MAP-1: the form's edits land in the document's text, comments and other keys kept. */
class MappingTextTest {

    private static final String START = "# comment kept\nextends: cegid-xrp-flex/woocommerce/products\n";

    @Test
    @DisplayName("MAP-1: a field picked, an expression, an each block, a reset: the YAML follows, the rest stays")
    void formEditsSpliceTheFieldsBlock() {
        String text = MappingText.setField(START, "short_description", "description");
        text = MappingText.setField(text, "name", "upper(trim(description))");
        Map<String, String> items = new LinkedHashMap<>();
        items.put("name", "type");
        items.put("visible", "true");
        text = MappingText.setBlock(text, "attributes", "barcodes", items);

        assertThat(text).startsWith(START).contains("fields:\n  short_description: description\n")
                .contains("  name: \"upper(trim(description))\"\n")
                .contains("  attributes:\n    each: barcodes\n    fields:\n      name: type\n      visible: \"true\"\n");
        assertThat(MappingText.overrides(text)).containsOnlyKeys("short_description", "name", "attributes");
        assertThat(MappingText.overrides(text).get("attributes").itemFields()).containsEntry("name", "type");

        String changed = MappingText.setField(text, "name", "trim(description)");
        assertThat(changed).contains("  name: \"trim(description)\"\n").doesNotContain("upper(");
        String reset = MappingText.reset(changed, "attributes");
        assertThat(reset).doesNotContain("each: barcodes").contains("short_description: description");
        assertThat(MappingText.overrides(reset)).containsOnlyKeys("short_description", "name");
    }

    @Test
    @DisplayName("MAP-3/MAP-4: a lookup table and a test written into the document")
    void lookupsAndTests() {
        String text = MappingText.setLookup(START, "taxClass", Map.of("TVA20", ""));
        assertThat(text).contains("lookups:\n  taxClass:\n    \"TVA20\": \"\"\n");
        text = MappingText.addTest(text, "record A", "{\"inventoryId\": \"A\"}", "{\"sku\": \"A\"}");
        assertThat(text).contains("tests:\n  - name: \"record A\"\n    input: {\"inventoryId\": \"A\"}\n");
    }

    @Test
    @DisplayName("MAP-5: the diff says which field changed, from what to what")
    void diffInWords() {
        String v1 = MappingText.setField(START, "name", "upper(name)");
        String v2 = MappingText.setField(v1, "name", "name");
        assertThat(VersionDiff.fields(v1, v2)).containsExactly(new VersionDiff.Change("changed", "name", "upper(name)", "name"));
        assertThat(VersionDiff.lines(v1, v2)).containsExactly("- 4:   name: \"upper(name)\"", "+ 4:   name: name");
    }
}
