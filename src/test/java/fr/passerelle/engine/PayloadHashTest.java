package fr.passerelle.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayloadHashTest {

    @Test
    void keyOrderAndTrailingZerosDoNotChangeTheHash() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("sku", "A1");
        a.put("price", new BigDecimal("12.50"));
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("price", new BigDecimal("12.5"));
        b.put("sku", "A1");

        assertThat(PayloadHash.of(a)).isEqualTo(PayloadHash.of(b));
    }

    @Test
    void anyValueChangeChangesTheHash() {
        assertThat(PayloadHash.of(Map.of("sku", "A1", "tags", List.of("x", "y"))))
                .isNotEqualTo(PayloadHash.of(Map.of("sku", "A1", "tags", List.of("y", "x"))))
                .isNotEqualTo(PayloadHash.of(Map.of("sku", "A1", "tags", List.of("x"))));
    }

    @Test
    void aTextThatLooksLikeANumberIsNotTheNumber() {
        assertThat(PayloadHash.of(Map.of("price", "12.50"))).isNotEqualTo(PayloadHash.of(Map.of("price", 12.5)));
    }

    @Test
    void theDiffNamesNestedPathsAndComparesNumbersByValue() {
        Map<String, Object> before = Map.of("dimensions", Map.of("length", "12.0", "width", "3.0"),
                "weight", new BigDecimal("1.50"), "categories", List.of("Maison", "Déco"));
        Map<String, Object> after = Map.of("dimensions", Map.of("length", "12.5", "width", "3.0"),
                "weight", new BigDecimal("1.5"), "categories", List.of("Maison", "Jardin"));

        assertThat(PayloadDiff.changedPaths(before, after)).containsExactly("categories[1]", "dimensions.length");
    }
}
