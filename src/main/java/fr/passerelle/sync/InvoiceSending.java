package fr.passerelle.sync;

import fr.passerelle.connector.ErpSession;
import fr.passerelle.connector.FieldSchema;
import fr.passerelle.connector.FileContent;
import fr.passerelle.connector.OpenOrderLine;
import fr.passerelle.connector.Page;
import fr.passerelle.connector.ReadRequest;
import fr.passerelle.connector.ShopSession;
import fr.passerelle.connector.WriteRequest;
import fr.passerelle.connector.WriteResult;
import fr.passerelle.engine.IdLink;
import fr.passerelle.engine.RunPorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * PST-4 for the order-status flow: the shop session the engine writes orders through, which sends
 * the ERP's invoice PDF once the payload names a new invoice. The payload field
 * {@value #FIELD} (declared by the shops' order schemas that can hold a file) is not the shop's: it is
 * taken out before the write, and after a successful write the PDF is read from the ERP
 * ({@code erp.invoice}) and attached ({@link ShopSession#attachFile}) when the last payload sent
 * named another invoice or none. The payload hash still covers it, so an invoice that could not be
 * attached fails the record, whose next run tries again.
 */
final class InvoiceSending implements ShopSession {

    static final String FIELD = "invoice_number";

    private final ShopSession shop;
    private final ErpSession erp;
    private final RunPorts.IdLinks links;

    InvoiceSending(ShopSession shop, ErpSession erp, RunPorts.IdLinks links) {
        this.shop = shop;
        this.erp = erp;
        this.links = links;
    }

    @Override
    public List<WriteResult> write(String entity, List<WriteRequest> batch) {
        Map<String, IdLink> known = links.find(entity, batch.stream().map(WriteRequest::key).toList());
        List<WriteRequest> forwarded = new ArrayList<>(batch.size());
        List<@Nullable String> invoices = new ArrayList<>(batch.size());
        for (WriteRequest request : batch) {
            Map<String, @Nullable Object> payload = new LinkedHashMap<>(request.payload());
            String invoice = text(payload.remove(FIELD));
            IdLink last = known.get(request.key());
            String sent = last == null || last.lastPayload() == null ? null : text(last.lastPayload().get(FIELD));
            invoices.add(invoice != null && !invoice.equals(sent) ? invoice : null);
            forwarded.add(new WriteRequest(request.key(), request.targetId(), payload));
        }
        List<WriteResult> results = new ArrayList<>(shop.write(entity, forwarded));
        for (int i = 0; i < results.size(); i++) {
            WriteResult result = results.get(i);
            String invoice = invoices.get(i);
            if (invoice != null && result.succeeded() && result.targetId() != null) {
                results.set(i, attach(entity, result, invoice));
            }
        }
        return results;
    }

    private WriteResult attach(String entity, WriteResult written, String invoice) {
        Optional<FileContent> pdf = erp.readFile("erp.invoice", "Invoice/" + invoice);
        if (pdf.isEmpty()) {
            return WriteResult.failed(written.key(), "the ERP has no PDF for invoice " + invoice + " yet", true);
        }
        WriteResult attached = shop.attachFile(entity, Objects.requireNonNull(written.targetId()), pdf.get());
        return attached.succeeded() ? written : WriteResult.failed(written.key(), "status written, but the invoice "
                + invoice + " could not be attached: " + attached.error(), attached.retryable());
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    @Override
    public Page read(String entity, ReadRequest request) {
        return shop.read(entity, request);
    }

    @Override
    public Optional<String> findId(String entity, String matchField, String value) {
        return shop.findId(entity, matchField, value);
    }

    @Override
    public Map<String, String> findIds(String entity, String matchField, Collection<String> values) {
        return shop.findIds(entity, matchField, values);
    }

    @Override
    public List<FieldSchema> discoverFields(String entity) {
        return shop.discoverFields(entity);
    }

    @Override
    public WriteResult attachFile(String entity, String targetId, FileContent file) {
        return shop.attachFile(entity, targetId, file);
    }

    @Override
    public List<OpenOrderLine> openOrderLines(Instant since) {
        return shop.openOrderLines(since);
    }

    @Override
    public void close() {
        // the caller closes the shop session it opened
    }

}
