package fr.passerelle.sandbox.erp;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The four French VAT categories of the demo company and their rates. */
public final class TaxRates {

    /** Category id -> rate in percent, in display order. */
    public static final Map<String, BigDecimal> RATES;

    static {
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        rates.put("TVA20", new BigDecimal("20"));
        rates.put("TVA10", new BigDecimal("10"));
        rates.put("TVA55", new BigDecimal("5.5"));
        rates.put("TVA21", new BigDecimal("2.1"));
        RATES = java.util.Collections.unmodifiableMap(rates);
    }

    /** Freight is taxed at the standard rate. */
    public static final String FREIGHT_CATEGORY = "TVA20";

    private TaxRates() {
    }
}
