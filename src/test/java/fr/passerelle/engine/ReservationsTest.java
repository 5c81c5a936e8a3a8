package fr.passerelle.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.OpenOrderLine;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** STK-3: stock sold in the shop and not yet imported into the ERP is not offered again. */
class ReservationsTest {

    private static final List<OpenOrderLine> LINES = List.of(
            new OpenOrderLine("1001", "PULL-M", new BigDecimal("2")),
            new OpenOrderLine("1002", "PULL-M", new BigDecimal("1")),
            new OpenOrderLine("1003", "PULL-M", new BigDecimal("5")), // already imported into the ERP
            new OpenOrderLine("1002", "BONNET", new BigDecimal("1")));

    @Test
    void onlyOrdersTheErpHasNotImportedReserveStock() {
        Reservations reservations = Reservations.of(LINES, Set.of("1003"), CanonicalRecord::key);

        assertThat(reservations.reserved("PULL-M")).isEqualByComparingTo("3");
        assertThat(reservations.reserved("BONNET")).isEqualByComparingTo("1");
        assertThat(reservations.reserved("ECHARPE")).isEqualByComparingTo("0");
    }

    @Test
    void theReservedQuantityReachesTheMappingAsAField() {
        Reservations reservations = Reservations.of(LINES, Set.of("1003"), CanonicalRecord::key);
        CanonicalRecord item = new CanonicalRecord("erp.stock", "PULL-M", Map.of("QtyAvailable", new BigDecimal("10")),
                null);

        CanonicalRecord enriched = reservations.enrich(item);

        assertThat(enriched.get(Reservations.FIELD)).isEqualTo(new BigDecimal("3"));
        assertThat(enriched.get("QtyAvailable")).isEqualTo(new BigDecimal("10"));
    }

    @Test
    void aStockPushWithReservationsOffersAvailableMinusSoldNotImported() {
        Reservations reservations = Reservations.of(LINES, Set.of("1003"), CanonicalRecord::key);
        RecordMapper stockPlan = record -> new MappingStep.Mapped(record.key(), Map.of("stock_quantity",
                ((BigDecimal) record.get("QtyAvailable")).subtract((BigDecimal) record.get(Reservations.FIELD))
                        .max(BigDecimal.ZERO)));

        MappingStep step = reservations.before(stockPlan).map(new CanonicalRecord("erp.stock", "PULL-M",
                Map.of("QtyAvailable", new BigDecimal("10")), null));

        assertThat(((MappingStep.Mapped) step).payload()).containsEntry("stock_quantity", new BigDecimal("7"));
    }
}
