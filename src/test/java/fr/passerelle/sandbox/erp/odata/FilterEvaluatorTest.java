package fr.passerelle.sandbox.erp.odata;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Evaluating parsed filters against records, as the sandbox does for every GET. */
class FilterEvaluatorTest {

    private static final Map<String, @Nullable Object> ITEM = new java.util.HashMap<>(Map.of(
            "InventoryID", "VET00012", "Description", "Pull en coton bio", "DefaultPrice", new BigDecimal("39.90"),
            "ItemStatus", "Active", "MainContact/Email", "lea.martin@exemple-mail.fr",
            "LastModifiedDateTime", "2026-03-01T10:00:00.000+01:00", "IsAKit", Boolean.FALSE));

    private static final FilterEvaluator.Resolver RESOLVER = new FilterEvaluator.Resolver() {
        @Override
        public @Nullable Object property(List<String> path) {
            return ITEM.get(String.join("/", path));
        }

        @Override
        public @Nullable Object custom(String view, String field) {
            return view.equals("ItemSettings") && field.equals("UsrBrand") ? "Bréval" : null;
        }
    };

    private static boolean matches(String filter) {
        return FilterEvaluator.matches(FilterParser.parse(filter), RESOLVER);
    }

    @Test
    void comparesDecimalsExactly() {
        assertThat(matches("DefaultPrice eq 39.9M")).isTrue();
        assertThat(matches("DefaultPrice gt 39.89M and DefaultPrice lt 39.91M")).isTrue();
        assertThat(matches("DefaultPrice ge 40")).isFalse();
    }

    @Test
    void comparesStringsIgnoringCaseLikeTheErpDatabase() {
        assertThat(matches("ItemStatus eq 'active'")).isTrue();
        assertThat(matches("InventoryID ne 'VET00012'")).isFalse();
    }

    @Test
    void comparesDateTimesAsInstantsAcrossOffsets() {
        assertThat(matches("LastModifiedDateTime gt datetimeoffset'2026-03-01T08:59:59Z'")).isTrue();
        assertThat(matches("LastModifiedDateTime gt datetimeoffset'2026-03-01T09:00:00Z'")).isFalse();
        assertThat(matches("LastModifiedDateTime ge datetimeoffset'2026-03-01T09:00:00Z'")).isTrue();
    }

    @Test
    void appliesTheTextFunctions() {
        assertThat(matches("substringof('coton', Description)")).isTrue();
        assertThat(matches("startswith(InventoryID, 'VET') and not endswith(InventoryID, '13')")).isTrue();
        assertThat(matches("substringof('laine', Description)")).isFalse();
    }

    @Test
    void treatsMissingFieldsAsNull() {
        assertThat(matches("TemplateItemID eq null")).isTrue();
        assertThat(matches("TemplateItemID gt 'A'")).isFalse();
        assertThat(matches("TemplateItemID ne null")).isFalse();
    }

    @Test
    void readsLinkedAndCustomFields() {
        assertThat(matches("MainContact/Email eq 'LEA.MARTIN@exemple-mail.fr'")).isTrue();
        assertThat(matches("cf.String(f='ItemSettings.UsrBrand') eq 'Bréval'")).isTrue();
        assertThat(matches("IsAKit eq false or InventoryID eq 'X'")).isTrue();
    }
}
