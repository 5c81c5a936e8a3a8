package fr.passerelle.sync;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.ConnectorSession;
import fr.passerelle.connector.Page;
import fr.passerelle.connector.ReadRequest;
import fr.passerelle.engine.RecordEnricher;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * PRC-2: the rate of each item's VAT category, read once per run from the ERP's VAT categories
 * ({@code erp.tax-category}: an id and its taxes' rates, summed), reaches the mapping as the field
 * {@value #FIELD}. A price including tax is then {@code ttc(price, vatRate)} in any template, never a
 * rate typed by hand in each mapping. Items whose category the ERP does not list get no rate.
 */
final class VatRates implements RecordEnricher {

    static final String FIELD = "vatRate";
    static final String ENTITY = "erp.tax-category";
    /** The item field naming its VAT category (the Cegid XRP Flex entity map's name). */
    static final String CATEGORY = "taxCategory";

    private final Map<String, BigDecimal> rates;

    VatRates(Map<String, BigDecimal> rates) {
        this.rates = Map.copyOf(rates);
    }

    /** Reads every VAT category (a few records, one or two pages). */
    static VatRates read(ConnectorSession erp) {
        Map<String, BigDecimal> rates = new HashMap<>();
        ReadRequest request = ReadRequest.all(100);
        while (true) {
            Page page = erp.read(ENTITY, request);
            for (CanonicalRecord category : page.records()) {
                BigDecimal rate = BigDecimal.ZERO;
                boolean any = false;
                if (category.get("taxes") instanceof List<?> taxes) {
                    for (Object tax : taxes) {
                        if (tax instanceof Map<?, ?> line && line.get("rate") instanceof BigDecimal r) {
                            rate = rate.add(r);
                            any = true;
                        }
                    }
                }
                Object id = category.get("taxCategoryId");
                if (any && id != null) {
                    rates.put(id.toString(), rate);
                }
            }
            if (page.last()) {
                return new VatRates(rates);
            }
            request = request.next(page.nextCursor());
        }
    }

    @Nullable BigDecimal rate(@Nullable Object category) {
        return category == null ? null : rates.get(category.toString().trim());
    }

    @Override
    public CanonicalRecord enrich(CanonicalRecord record) {
        if (!record.fields().containsKey(CATEGORY) || record.get(FIELD) != null) {
            return record;
        }
        Map<String, @Nullable Object> fields = new LinkedHashMap<>(record.fields());
        fields.put(FIELD, rate(record.get(CATEGORY)));
        return new CanonicalRecord(record.entity(), record.key(), fields, record.modifiedAt());
    }
}
