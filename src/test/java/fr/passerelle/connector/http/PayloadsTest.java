package fr.passerelle.connector.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayloadsTest {

    @Test
    void expandsDottedPathsIntoNestedObjects() {
        Map<String, Object> flat = new LinkedHashMap<>();
        flat.put("billing.city", "Lyon");
        flat.put("billing.postcode", "69002");
        flat.put("name", "Pull");

        assertThat(Payloads.expand(flat)).isEqualTo(Map.of("billing", Map.of("city", "Lyon", "postcode", "69002"), "name", "Pull"));
    }

    @Test
    void expandsKeyedSelectorsIntoListEntriesAndMergesSameKeys() {
        Map<String, Object> flat = new LinkedHashMap<>();
        flat.put("meta_data[key=_yoast_wpseo_title].value", "Titre");
        flat.put("meta_data[key=_yoast_wpseo_metadesc].value", "Desc");
        flat.put("meta_data[key=_yoast_wpseo_title].id", 12);

        Map<String, Object> out = Payloads.expand(flat);

        assertThat(Json.list(out.get("meta_data"))).containsExactly(
                Map.of("key", "_yoast_wpseo_title", "value", "Titre", "id", 12),
                Map.of("key", "_yoast_wpseo_metadesc", "value", "Desc"));
    }

    @Test
    void keepsDotsInsideSelectorValuesAndAddsToAListAlreadyGiven() {
        Map<String, Object> flat = new LinkedHashMap<>();
        flat.put("meta_data", List.of(Map.of("key", "a", "value", "1")));
        flat.put("meta_data[key=b.c].value", "2");

        assertThat(Json.list(Payloads.expand(flat).get("meta_data"))).containsExactly(Map.of("key", "a", "value", "1"),
                Map.of("key", "b.c", "value", "2"));
    }
}
