package fr.passerelle.sandbox.erp;

import fr.passerelle.sandbox.SandboxResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The invoice printout, as a report entity added to a custom endpoint (reports are not in
 * Default): {@code POST <ReportEntity>} with the parameters answers 202 + Location
 * {@code .../report/PDF/<id>}; polling it answers 202 once, then 200 with the PDF.
 */
final class ReportRunner {

    static final String ENTITY = "InvoiceReport";

    private final EntityStore store;
    private final Map<String, ObjectNode> pending = new ConcurrentHashMap<>();
    private final Map<String, Integer> polls = new ConcurrentHashMap<>();

    ReportRunner(EntityStore store) {
        this.store = store;
    }

    SandboxResponse start(String base, JsonNode parameters) {
        String type = Wire.text(parameters, "DocType");
        String refNbr = Wire.text(parameters, "RefNbr");
        if (refNbr == null) {
            return ErpErrors.pxException(422, "RefNbr: 'Reference Nbr.' cannot be empty.");
        }
        return store.atomically(s -> s.find("SalesInvoice", type == null ? "Invoice" : type, refNbr)
                .map(invoice -> {
                    String id = UUID.randomUUID().toString();
                    pending.put(id, invoice);
                    polls.put(id, 1);
                    return SandboxResponse.empty(202).withHeader("Location", base + "/" + ENTITY + "/report/PDF/" + id);
                }).orElseGet(ErpErrors::noEntity));
    }

    SandboxResponse fetch(String base, String id) {
        ObjectNode invoice = pending.get(id);
        if (invoice == null) {
            return ErpErrors.notFound(base + "/" + ENTITY + "/report/PDF/" + id);
        }
        if (polls.merge(id, -1, Integer::sum) >= 0) {
            return SandboxResponse.empty(202); // still running: no Location again (assumed), the same URL is polled
        }
        pending.remove(id);
        polls.remove(id);
        return new SandboxResponse(200, Map.of("Content-Type", List.of("application/pdf"), "Content-Disposition",
                List.of("attachment; filename=\"Facture-" + Wire.text(invoice, "ReferenceNbr") + ".pdf\"")),
                pdf(invoice));
    }

    /** A minimal but well-formed one-page PDF naming the invoice, its customer and amount. */
    static byte[] pdf(ObjectNode invoice) {
        String text = "Facture " + Wire.text(invoice, "ReferenceNbr") + " - client " + Wire.text(invoice, "CustomerID")
                + " - montant " + Wire.decimal(invoice, "Amount") + " EUR";
        return MiniPdf.of(text).getBytes(StandardCharsets.ISO_8859_1);
    }
}
