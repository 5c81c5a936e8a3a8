package fr.passerelle.sync;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.ConnectorSession;
import fr.passerelle.engine.RecordEnricher;
import fr.passerelle.engine.RunPorts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The ERP entities an ERP -> shop flow's records need beside their own, read once per run (or
 * per page) and added as fields before the mapping: the VAT rate of each item (products, prices;
 * PRC-2), its group and customer prices (prices; PRC-5/6), a customer's delivery addresses and the
 * shop group of its price class (customers; CUS-6, GRP-1). Each only when the ERP connector has the entity.
 */
final class ErpLookups {

    private ErpLookups() {
    }

    /**
     * @param erpEntities the entities the ERP connector describes
     * @param linkEntity a flow's id link entity for this profile, or null when the flow is not published
     */
    static RecordEnricher of(String flow, Set<String> erpEntities, ConnectorSession erp,
            RunPorts.IdLinks links, Function<String, @Nullable String> linkEntity) {
        List<RecordEnricher> all = new ArrayList<>();
        if ((flow.equals("prices") || flow.equals("products")) && erpEntities.contains(VatRates.ENTITY)) {
            all.add(VatRates.read(erp));
        }
        if (flow.equals("prices") && erpEntities.contains(SalesPrices.ENTITY)) {
            SalesPrices prices = SalesPrices.read(erp, links, linkEntity.apply("customer-groups"), linkEntity.apply("customers"),
                    LocalDate.now(ZoneOffset.UTC));
            if (links instanceof RunPorts.Watermarks watermarks && prices.changedSince(watermarks.get(flow).orElse(null))) {
                // a worksheet changed, or a price started or ended: its items did not change, read them all again
                watermarks.advance(flow, Instant.EPOCH);
            }
            all.add(prices);
        }
        if (flow.equals("customers")) {
            if (erpEntities.contains(CustomerLocations.ENTITY)) {
                all.add(new CustomerLocations(erp));
            }
            String groups = linkEntity.apply("customer-groups");
            if (groups != null) {
                all.add(new GroupLinks(links, groups));
            }
        }
        return all.isEmpty() ? RecordEnricher.NONE : chain(List.copyOf(all));
    }

    private static RecordEnricher chain(List<RecordEnricher> enrichers) {
        return new RecordEnricher() {
            @Override
            public CanonicalRecord enrich(CanonicalRecord record) {
                CanonicalRecord out = record;
                for (RecordEnricher e : enrichers) {
                    out = e.enrich(out);
                }
                return out;
            }

            @Override
            public List<CanonicalRecord> enrichPage(List<CanonicalRecord> records) {
                List<CanonicalRecord> out = records;
                for (RecordEnricher e : enrichers) {
                    out = e.enrichPage(out);
                }
                return out;
            }
        };
    }
}
