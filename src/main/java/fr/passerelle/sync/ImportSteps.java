package fr.passerelle.sync;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.ConnectorSession;
import fr.passerelle.connector.ImportFields;
import fr.passerelle.connector.ReadRequest;
import fr.passerelle.engine.IdLink;
import fr.passerelle.engine.MappingStep;
import fr.passerelle.engine.RecordMapper;
import fr.passerelle.engine.RunPorts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the shop -> ERP flows add to the records before their mapping (issue 11).
 *
 * <ul>
 *   <li>orders: the ERP customer of each order ({@code erp_customer_id}), the id link the
 *       customers-import flow saved under the order's customer key (its e-mail), so an order
 *       names the customer found or created for it in the same run (CIM-1);</li>
 *   <li>payments: the ERP order the payment applies to (its id link under {@code erp.sales-order},
 *       the key the orders flow saves and the order-status flow reads) and its ERP total, and one
 *       record per due date ({@code payments.instalments}, {@code payments.instalmentDays}; PAY-2,
 *       PAY-3). The last due date applies what the ERP order still owes: the shop's total and the
 *       ERP's may differ by a rounding cent, which stays on the payment as its unapplied balance,
 *       the payment difference (PAY-5), never by changing a line.</li>
 * </ul>
 */
final class ImportSteps {

    /** The entity under which the orders flow saves its id links; the order-status flow reads them there. */
    static final String ORDER_LINKS = "erp.sales-order";
    static final String CUSTOMER_LINKS = "erp.customer";

    private ImportSteps() {
    }

    /** Orders: {@code erp_customer_id} from the customers-import links, keyed by that flow's key of the order. */
    static RecordMapper orders(RecordMapper orders, @Nullable RecordMapper customerKeys, RunPorts.IdLinks links,
            Map<String, BigDecimal> shopTotals, String totalPath) {
        return new RecordMapper() {
            @Override
            public MappingStep map(CanonicalRecord record) {
                return mapPage(List.of(record)).getFirst();
            }

            @Override
            public List<MappingStep> mapPage(List<CanonicalRecord> records) {
                List<CanonicalRecord> enriched = new ArrayList<>(records.size());
                if (customerKeys == null) {
                    enriched.addAll(records);
                } else {
                    List<MappingStep> keys = customerKeys.mapPage(records);
                    List<String> wanted = keys.stream().map(MappingStep::key).distinct().toList();
                    Map<String, IdLink> found = links.find(CUSTOMER_LINKS, wanted);
                    for (int i = 0; i < records.size(); i++) {
                        IdLink link = found.get(keys.get(i).key());
                        enriched.add(link == null ? records.get(i) : with(records.get(i),
                                Map.of(ImportFields.ERP_CUSTOMER, link.targetId())));
                    }
                }
                List<MappingStep> steps = orders.mapPage(enriched);
                // the shop's total of each order sent, for the totals reconciliation after the run
                for (int i = 0; i < steps.size(); i++) {
                    Object total = path(enriched.get(i).fields(), totalPath);
                    if (steps.get(i) instanceof MappingStep.Mapped m && total != null) {
                        shopTotals.put(m.key(), decimal(total));
                    }
                }
                return steps;
            }
        };
    }

    /**
     * Payments: each shop payment becomes one record per due date, keyed {@code <key>#<n>}, with
     * the ERP order it applies to; a payment whose order is not in the ERP yet is skipped with a
     * reason (the next run after the orders flow takes it).
     */
    static RecordMapper payments(RecordMapper payments, RecordMapper orderKeys, RunPorts.IdLinks links,
            ConnectorSession erp, Map<String, String> settings, java.util.function.Predicate<String> quarantined) {
        int instalments = Math.max(1, Integer.parseInt(settings.getOrDefault("payments.instalments", "1").trim()));
        int days = Integer.parseInt(settings.getOrDefault("payments.instalmentDays", "30").trim());
        String amountField = settings.get("payments.amountField");
        return new RecordMapper() {
            @Override
            public MappingStep map(CanonicalRecord record) {
                return mapPage(List.of(record)).getFirst();
            }

            @Override
            public List<MappingStep> mapPage(List<CanonicalRecord> records) {
                List<MappingStep> refs = orderKeys.mapPage(records);
                // the orders plan's key of the payment's order: its reference ("WEB-" + number)
                Map<String, IdLink> orders = links.find(ORDER_LINKS, refs.stream().map(MappingStep::key).distinct()
                        .toList());
                List<MappingStep> steps = new ArrayList<>();
                List<CanonicalRecord> split = new ArrayList<>();
                for (int i = 0; i < records.size(); i++) {
                    CanonicalRecord record = records.get(i);
                    IdLink order = orders.get(refs.get(i).key());
                    if (order != null && quarantined.test(refs.get(i).key())) {
                        steps.add(new MappingStep.Skipped(record.key(), "its order is quarantined until a reviewer accepts "
                                + "its totals / sa commande attend la validation de ses totaux"));
                        continue;
                    }
                    if (order == null) {
                        steps.add(new MappingStep.Skipped(record.key(), "its order is not in the ERP yet (orders flow) "
                                + "/ sa commande n'est pas encore dans l'ERP"));
                        continue;
                    }
                    split.addAll(dueDates(record, order.targetId(), erp, instalments, days, amountField));
                }
                steps.addAll(payments.mapPage(split));
                return steps;
            }
        };
    }

    private static List<CanonicalRecord> dueDates(CanonicalRecord payment, String orderId, ConnectorSession erp,
            int count, int days, @Nullable String amountField) {
        String[] keys = orderId.split("/", 2);
        String type = keys[0];
        String nbr = keys.length > 1 ? keys[1] : keys[0];
        Map<String, @Nullable Object> erpOrder = erp.read(ORDER_LINKS, new ReadRequest("OrderType eq '"
                + type.replace("'", "''") + "' and OrderNbr eq '" + nbr.replace("'", "''") + "'", null, 1, null,
                List.of())).records().stream().findFirst().map(CanonicalRecord::fields).orElse(Map.of());
        BigDecimal erpTotal = decimal(erpOrder.get("orderTotal"));
        // the paid amount and date under each shop's name for them (WooCommerce, Shopify, PrestaShop)
        BigDecimal shopTotal = decimal(amountField != null ? payment.fields().get(amountField)
                : first(payment.fields(), "total", "amount"));
        LocalDate paid = date(first(payment.fields(), "date_paid_gmt", "processedAt", "date_add"), payment.modifiedAt());
        BigDecimal part = shopTotal.divide(BigDecimal.valueOf(count), 2, RoundingMode.DOWN);
        List<CanonicalRecord> records = new ArrayList<>(count);
        BigDecimal before = BigDecimal.ZERO;
        for (int n = 1; n <= count; n++) {
            BigDecimal amount = n < count ? part : shopTotal.subtract(part.multiply(BigDecimal.valueOf(count - 1)));
            Map<String, @Nullable Object> extra = new HashMap<>();
            extra.put("erp_order_type", type);
            extra.put("erp_order_nbr", nbr);
            extra.put("erp_order_total", erpTotal);
            extra.put("erp_order_balance", erpTotal.subtract(before).max(BigDecimal.ZERO));
            extra.put("instalment", n);
            extra.put("instalments", count);
            extra.put("instalment_amount", amount);
            extra.put("due_date", paid.plusDays((long) days * (n - 1)).toString());
            if (erpOrder.get("customerId") != null) {
                extra.put(ImportFields.ERP_CUSTOMER, erpOrder.get("customerId"));
            }
            before = before.add(amount);
            CanonicalRecord base = with(payment, extra);
            records.add(new CanonicalRecord(base.entity(), payment.key() + "#" + n, base.fields(), base.modifiedAt()));
        }
        return records;
    }

    private static @Nullable Object first(Map<String, @Nullable Object> fields, String... names) {
        for (String name : names) {
            if (fields.get(name) != null) {
                return fields.get(name);
            }
        }
        return null;
    }

    /** A value at a dotted path of nested objects ({@code totalPriceSet.presentmentMoney.amount}). */
    static @Nullable Object path(Map<String, @Nullable Object> fields, String dotted) {
        Object at = fields;
        for (String part : dotted.split("\\.")) {
            if (!(at instanceof Map<?, ?> map)) {
                return null;
            }
            at = map.get(part);
        }
        return at;
    }

    private static CanonicalRecord with(CanonicalRecord record, Map<String, ?> extra) {
        Map<String, @Nullable Object> fields = new LinkedHashMap<>(record.fields());
        fields.putAll(extra);
        return new CanonicalRecord(record.entity(), record.key(), fields, record.modifiedAt());
    }

    static BigDecimal decimal(@Nullable Object value) {
        if (value == null || value.toString().isBlank()) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString().trim());
    }

    private static LocalDate date(@Nullable Object value, @Nullable Instant fallback) {
        String text = value == null ? "" : value.toString().trim();
        if (text.length() >= 10) {
            try {
                return text.length() == 10 ? LocalDate.parse(text)
                        : text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")
                                ? OffsetDateTime.parse(text).toLocalDate() : LocalDateTime.parse(text).toLocalDate();
            } catch (RuntimeException e) {
                // an unreadable date falls back to the record's change date
            }
        }
        return Objects.requireNonNullElse(fallback, Instant.now()).atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
