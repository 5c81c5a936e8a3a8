package fr.passerelle.sync;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.ConnectorSession;
import fr.passerelle.connector.ReadRequest;
import fr.passerelle.connector.WriteRequest;
import fr.passerelle.engine.IdLink;
import fr.passerelle.engine.RunPorts;
import fr.passerelle.store.OrderLedger;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Totals reconciliation of the orders flow (issue 11), per profile ({@code totals.mode}):
 * <ul>
 *   <li>{@code shop} (default): the shop's totals are the truth; the ERP recomputes VAT per rate,
 *       and the difference (a rounding cent) is booked explicitly by the payments flow as the
 *       payment difference (PAY-5);</li>
 *   <li>{@code erp}: the ERP's recomputation stands if it is within {@code totals.tolerance} of
 *       the shop's total; beyond it the document is put on hold in the ERP (never shipped or
 *       invoiced wrong), the ledger shows it QUARANTINED with both totals, its payments wait, and
 *       a reviewer's {@link FlowSync#acceptTotals} releases it.</li>
 * </ul>
 * Checked once per imported order, right after the run that imported it.
 */
final class TotalsCheck {

    private static final Logger LOG = LoggerFactory.getLogger(TotalsCheck.class);

    private TotalsCheck() {
    }

    /** The shop's total incl. tax in each shop's order (setting {@code totals.shopTotal} overrides it). */
    static String shopTotalPath(String shopType, Map<String, String> settings) {
        return settings.getOrDefault("totals.shopTotal", switch (shopType) {
            case "prestashop" -> "total_paid_tax_incl";
            case "shopify" -> "totalPriceSet.presentmentMoney.amount";
            default -> "total";
        });
    }

    static void check(long profileId, Map<String, String> settings, Map<String, BigDecimal> shopTotals,
            RunPorts.IdLinks links, ConnectorSession erp, OrderLedger ledger) {
        if (!"erp".equals(settings.get("totals.mode")) || shopTotals.isEmpty()) {
            return;
        }
        BigDecimal tolerance = new BigDecimal(settings.getOrDefault("totals.tolerance", "0.00").trim());
        Map<String, IdLink> documents = links.find(ImportSteps.ORDER_LINKS, shopTotals.keySet());
        for (Map.Entry<String, BigDecimal> order : shopTotals.entrySet()) {
            IdLink document = documents.get(order.getKey());
            OrderLedger.Entry entry = ledger.entry(profileId, "orders", order.getKey()).orElse(null);
            if (document == null || entry == null || !entry.state().equals("DONE") || entry.reviewedBy() != null) {
                continue;
            }
            BigDecimal erpTotal = total(erp, document.targetId());
            BigDecimal difference = order.getValue().subtract(erpTotal).abs();
            if (difference.compareTo(tolerance) <= 0) {
                continue;
            }
            erp.write(ImportSteps.ORDER_LINKS, List.of(new WriteRequest(order.getKey(), document.targetId(),
                    Map.of("hold", Boolean.TRUE))));
            String message = "totals differ by " + difference.toPlainString() + " (shop " + order.getValue().toPlainString()
                    + ", ERP " + erpTotal.toPlainString() + ", tolerance " + tolerance.toPlainString()
                    + "): on hold until reviewed / totaux différents de " + difference.toPlainString()
                    + " : en attente de validation";
            ledger.quarantine(profileId, "orders", order.getKey(), order.getValue(), erpTotal, message);
            LOG.info("Order {} quarantined: {}", order.getKey(), message);
        }
    }

    /** Releases the document of an accepted order in the ERP (its hold removed). */
    static void release(ConnectorSession erp, String key, String documentId) {
        erp.write(ImportSteps.ORDER_LINKS, List.of(new WriteRequest(key, documentId, Map.of("hold", Boolean.FALSE))));
    }

    private static BigDecimal total(ConnectorSession erp, String documentId) {
        String[] keys = documentId.split("/", 2);
        return erp.read(ImportSteps.ORDER_LINKS, new ReadRequest("OrderType eq '" + keys[0].replace("'", "''")
                + "' and OrderNbr eq '" + keys[keys.length - 1].replace("'", "''") + "'", null, 1, null, List.of()))
                .records().stream().findFirst().map(CanonicalRecord::fields).map(f -> ImportSteps.decimal(f.get("orderTotal")))
                .orElse(BigDecimal.ZERO);
    }
}
