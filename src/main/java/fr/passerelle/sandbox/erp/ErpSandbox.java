package fr.passerelle.sandbox.erp;

import fr.passerelle.sandbox.SandboxApp;
import fr.passerelle.sandbox.SandboxRequest;
import fr.passerelle.sandbox.SandboxResponse;
import fr.passerelle.sandbox.erp.demo.DemoData;
import fr.passerelle.sandbox.erp.odata.FilterSyntaxException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ERP sandbox app (mounted as {@code erp}): Acumatica's contract-based REST API over the
 * generated demo company. Besides HTTP, tests and the studio's sandbox page drive it through
 * its public methods: move an order on (shipment with tracking number, invoice), change items,
 * cap the licence's sessions, make actions run long.
 */
public final class ErpSandbox implements SandboxApp {

    /** The mount id; the server serves the app under {@code /sandbox/erp}. */
    public static final String ID = "erp";
    static final String MOUNT = "/sandbox/" + ID;
    static final String VERSION = "24.200.001";
    /** Default plus two extensions: Atoo's, and one carrying the invoice report entity. */
    static final Set<String> ENDPOINTS = Set.of("Default", "AtooSync", "Passerelle");

    /**
     * How the sandbox starts.
     *
     * @param user the API user's login name
     * @param password its password
     * @param tenant the tenant login name (checked when the client sends one)
     * @param sessionLimit the licence's cap on API sessions ("API Login Limit" past it)
     * @param idleTimeout how long an unused session stays open
     * @param seed the demo data's random seed
     * @param clock time source (tests move it on)
     * @param items about how many stock items the demo catalogue has (plain items, matrix variants
     *     and kits; {@value DemoData#DEFAULT_ITEMS} by default): the benchmark's big catalogues
     */
    public record Options(String user, String password, String tenant, int sessionLimit, Duration idleTimeout,
            long seed, Clock clock, int items) {

        public Options(String user, String password, String tenant, int sessionLimit, Duration idleTimeout,
                long seed, Clock clock) {
            this(user, password, tenant, sessionLimit, idleTimeout, seed, clock, DemoData.DEFAULT_ITEMS);
        }

        public static Options defaults() {
            return new Options("admin", "Sandbox!2024", "Passerelle", 3, Duration.ofMinutes(20), 20_240_601L,
                    Clock.systemUTC());
        }

        public Options withSessionLimit(int limit) {
            return new Options(user, password, tenant, limit, idleTimeout, seed, clock, items);
        }

        /** The same sandbox with about {@code count} stock items (same families, proportions and variants). */
        public Options withItems(int count) {
            return new Options(user, password, tenant, sessionLimit, idleTimeout, seed, clock, count);
        }
    }

    /** Where an order went: its shipment and the invoice raised from it. */
    public record DocumentTrail(String shipmentNbr, String invoiceNbr) {
    }

    private final Options options;
    private final EntityStore store = new EntityStore();
    private final SessionRegistry sessions;
    private final SandboxClock clock;
    private final Numbering numbering = new Numbering();
    private final FileStore files = new FileStore();
    private final CustomFieldCatalog customFields = new CustomFieldCatalog();
    private final DocumentDesk desk;
    private final QueryHandler queries;
    private final UpsertHandler upserts;
    private final ActionRunner actions;
    private final ReportRunner reports;

    public ErpSandbox() {
        this(Options.defaults());
    }

    public ErpSandbox(Options options) {
        this.options = options;
        this.clock = new SandboxClock(options.clock());
        this.sessions = new SessionRegistry(options.clock(), options.sessionLimit(), options.idleTimeout());
        this.desk = new DocumentDesk(store, numbering, clock);
        SalesOrderRules orderRules = new SalesOrderRules(numbering, clock);
        this.queries = new QueryHandler(store);
        this.upserts = new UpsertHandler(store, Map.of("SalesOrder", orderRules, "Customer", new CustomerRules(),
                "Payment", new PaymentRules(numbering, clock, orderRules), "Shipment", new ShipmentRules(numbering,
                        clock)), clock);
        this.actions = new ActionRunner(store, desk);
        this.reports = new ReportRunner(store);
        DemoData.load(new DemoData.Target(store, customFields::declare,
                (name, comment) -> files.attach(MOUNT + "/entity/Default/" + VERSION, name, comment)),
                options.seed(), options.clock(), options.items());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String credentialsHint() {
        return "endpoint: /entity/Default/" + VERSION + " (also AtooSync, Passerelle)\n"
                + "user: " + options.user() + "\npassword: " + options.password() + "\ntenant: " + options.tenant()
                + "\nsession limit: " + sessions.limit();
    }

    @Override
    public SandboxResponse handle(SandboxRequest request) {
        try {
            return route(request);
        } catch (FilterSyntaxException e) {
            return ErpErrors.badRequest("The $filter parameter is not valid: " + e.getMessage());
        } catch (QueryOptions.BadRequest e) {
            return ErpErrors.badRequest(e.getMessage());
        } catch (JacksonException e) {
            return ErpErrors.badRequest("The request body is not valid JSON.");
        }
    }

    // ---- what tests and the studio page use ----------------------------------------------

    /** Open API sessions right now (every run must leave this where it found it). */
    public int sessionCount() {
        return sessions.count();
    }

    /**
     * Lets the idle timeout pass for every open API session, as if no call came for longer than
     * it: what the licence does with the session of a process killed mid-run (it never logs out),
     * without waiting the 20 minutes.
     */
    public void idleTimeoutPasses() {
        sessions.expireAll();
    }

    public void sessionLimit(int limit) {
        sessions.limit(limit);
    }

    /**
     * Past the session cap, a login takes back the seat of the session idle the longest instead of
     * being refused with "API Login Limit" (whose session then answers 401, as an expired one).
     * Off by default, as Acumatica does; the studio's demo turns it on so that nobody who reaches
     * its sandbox can fill the seats and keep the demo profiles out.
     */
    public void reclaimIdlestSeat(boolean reclaim) {
        sessions.reclaimIdlest(reclaim);
    }

    /** Actions and reports answer 202 this many times before they are done (slow ERP). */
    public void actionPolls(int polls) {
        actions.pollsBeforeDone(polls);
    }

    public int count(String entity) {
        return store.count(entity);
    }

    /** A copy of a record in wire shape, by keys. */
    public Optional<ObjectNode> record(String entity, String... keys) {
        return store.find(entity, keys);
    }

    /** Changes a field of an item as a user would in the ERP, which bumps its last-modified time. */
    public void changeItem(String inventoryId, String field, Object value) {
        store.atomically(s -> {
            ObjectNode item = s.live("StockItem", inventoryId).orElseThrow(
                    () -> new IllegalArgumentException("no item " + inventoryId));
            Wire.set(item, field, value instanceof Double d ? BigDecimal.valueOf(d) : value);
            desk.stamp(item);
            return null;
        });
    }

    /**
     * Changes a field of a matrix variant as a user would in the ERP: the variant is one stock item,
     * which its template's {@code Matrix} shows, so both change and both get a new last-modified time.
     */
    public void changeVariant(String variantId, String field, Object value) {
        store.atomically(s -> {
            ObjectNode item = s.live("StockItem", variantId).orElseThrow(
                    () -> new IllegalArgumentException("no item " + variantId));
            String templateId = Wire.text(item, "TemplateItemID");
            ObjectNode template = s.live("TemplateItems", String.valueOf(templateId)).orElseThrow(
                    () -> new IllegalArgumentException(variantId + " is not a matrix variant"));
            Object wire = value instanceof Double d ? BigDecimal.valueOf(d) : value;
            Wire.set(item, field, wire);
            Wire.set(detailLine(template, "Matrix", "InventoryID", variantId), field, wire);
            desk.stamp(item);
            desk.stamp(template);
            return null;
        });
    }

    /** The detail line of {@code arrayField} whose {@code idField} is {@code id}, added when missing. */
    private static ObjectNode detailLine(ObjectNode record, String arrayField, String idField, String id) {
        ArrayNode lines = record.get(arrayField) instanceof ArrayNode a ? a : record.putArray(arrayField);
        for (JsonNode candidate : lines) {
            if (id.equals(Wire.text(candidate, idField))) {
                return (ObjectNode) candidate;
            }
        }
        ObjectNode line = lines.addObject();
        line.put("id", java.util.UUID.randomUUID().toString());
        Wire.set(line, idField, id);
        return line;
    }

    /** Sets (or, with null, clears) an attribute of an item, as a user would; bumps its last-modified time. */
    public void setItemAttribute(String inventoryId, String attributeId, @org.jspecify.annotations.Nullable String value) {
        store.atomically(s -> {
            ObjectNode item = s.live("StockItem", inventoryId).orElseThrow(
                    () -> new IllegalArgumentException("no item " + inventoryId));
            ObjectNode line = detailLine(item, "Attributes", "AttributeID", attributeId);
            Wire.set(line, "Value", value);
            Wire.set(line, "ValueDescription", value);
            desk.stamp(item);
            return null;
        });
    }

    /**
     * Changes a field of any record with a one-field key (a customer, a price class) as a user
     * would in the ERP, which bumps its last-modified time.
     */
    public void changeRecord(String entity, String key, String field, Object value) {
        store.atomically(s -> {
            ObjectNode record = s.live(entity, key).orElseThrow(
                    () -> new IllegalArgumentException("no " + entity + " " + key));
            Wire.set(record, field, value);
            desk.stamp(record);
            return null;
        });
    }

    /**
     * Changes a field of a customer as a user would in the ERP, which bumps its last-modified time
     * (incremental customers, CUS-8). The field is a path in the wire shape, e.g. {@code Status} or
     * {@code MainContact/LastName}; as in Acumatica, the billing and shipping contacts follow the
     * main contact unless their address is overridden.
     */
    public void changeCustomer(String customerId, String path, @org.jspecify.annotations.Nullable Object value) {
        store.atomically(s -> {
            ObjectNode customer = s.live("Customer", customerId).orElseThrow(
                    () -> new IllegalArgumentException("no customer " + customerId));
            setPath(customer, path, value);
            if (path.startsWith("MainContact/")) {
                String below = path.substring("MainContact/".length());
                for (String copy : List.of("Billing", "Shipping")) {
                    if (!customer.path(copy + "AddressOverride").path("value").asBoolean(false)
                            && customer.get(copy + "Contact") instanceof ObjectNode) {
                        setPath(customer, copy + "Contact/" + below, value);
                    }
                }
            }
            desk.stamp(customer);
            return null;
        });
    }

    /**
     * A stock item created in the ERP by hand (an import test's own items, so no other test's
     * changes count): active, in the given VAT category, with an optional matrix parent.
     */
    public void addStockItem(String inventoryId, String description, String taxCategory, BigDecimal price,
            @org.jspecify.annotations.Nullable String templateItemId) {
        store.atomically(s -> {
            if (s.live("StockItem", inventoryId).isEmpty()) {
                ObjectNode item = Wire.object();
                Wire.set(item, "InventoryID", inventoryId);
                Wire.set(item, "Description", description);
                Wire.set(item, "ItemStatus", "Active");
                Wire.set(item, "TaxCategory", taxCategory);
                Wire.set(item, "DefaultPrice", price);
                Wire.set(item, "DefaultWarehouseID", "PARIS");
                Wire.set(item, "BaseUOM", "PIECE");
                if (templateItemId != null) {
                    Wire.set(item, "TemplateItemID", templateItemId);
                }
                desk.stamp(item);
                s.insert("StockItem", item);
            }
            return null;
        });
    }

    /** A customer created in the ERP by hand, with its main e-mail (what an import finds by e-mail). */
    public void addCustomer(String customerId, String name, String email) {
        store.atomically(s -> {
            if (s.live("Customer", customerId).isEmpty()) {
                ObjectNode customer = Wire.object();
                Wire.set(customer, "CustomerID", customerId);
                Wire.set(customer, "CustomerName", name);
                Wire.set(customer, "Status", "Active");
                Wire.set(customer, "CustomerClass", "DEFAULT");
                Wire.set(customer, "CurrencyID", "EUR");
                ObjectNode main = customer.putObject("MainContact");
                Wire.set(main, "Email", email);
                desk.stamp(customer);
                s.insert("Customer", customer);
            }
            return null;
        });
    }

    /** Copies of every live record of an entity, in wire shape (what a test reads back). */
    public List<ObjectNode> records(String entity) {
        return store.atomically(s -> s.liveRows(entity).stream().map(ObjectNode::deepCopy).toList());
    }

    /** Sets the field at a slash-separated path of nested objects, creating the objects missing on the way. */
    private static void setPath(ObjectNode record, String path, @org.jspecify.annotations.Nullable Object value) {
        String[] parts = path.split("/");
        ObjectNode node = record;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.get(parts[i]) instanceof ObjectNode child ? child : node.putObject(parts[i]);
        }
        Wire.set(node, parts[parts.length - 1], value);
    }

    /**
     * Sets the physical quantity of an item in a warehouse, as a stock movement would; the
     * warehouse line and the item both get a new last-modified time (incremental stock, STK-4).
     */
    public void setStock(String inventoryId, String warehouseId, BigDecimal qtyOnHand) {
        store.atomically(s -> {
            ObjectNode item = s.live("StockItem", inventoryId).orElseThrow(
                    () -> new IllegalArgumentException("no item " + inventoryId));
            ObjectNode line = detailLine(item, "WarehouseDetails", "WarehouseID", warehouseId);
            if (!line.has("IsDefault")) {
                Wire.set(line, "IsDefault", Boolean.FALSE);
            }
            Wire.set(line, "QtyOnHand", qtyOnHand);
            Wire.set(line, "QtyAvailable", qtyOnHand);
            desk.stamp(line);
            desk.stamp(item);
            return null;
        });
    }

    /**
     * Adds a released sales price worksheet (AR202010), as a user would enter and release one:
     * each line is {@code {priceType, priceCode, inventoryId, breakQty, price}}; the effective date
     * is an ISO date ({@code 2026-01-31}).
     */
    public void addPriceWorksheet(String referenceNbr, String effectiveDate, List<String[]> lines) {
        store.atomically(s -> {
            ObjectNode sheet = Wire.object();
            Wire.set(sheet, "ReferenceNbr", referenceNbr);
            Wire.set(sheet, "Status", "Released");
            Wire.set(sheet, "Description", "Tarifs " + referenceNbr);
            Wire.set(sheet, "EffectiveDate", effectiveDate + "T00:00:00");
            ArrayNode prices = sheet.putArray("SalesPrices");
            for (String[] l : lines) {
                ObjectNode line = prices.addObject();
                line.put("id", java.util.UUID.randomUUID().toString());
                Wire.set(line, "PriceType", l[0]);
                Wire.set(line, "PriceCode", l[1]);
                Wire.set(line, "InventoryID", l[2]);
                Wire.set(line, "UOM", "PIECE");
                Wire.set(line, "BreakQty", new BigDecimal(l[3]));
                Wire.set(line, "Price", new BigDecimal(l[4]));
                Wire.set(line, "CurrencyID", "EUR");
            }
            sheet.put("id", java.util.UUID.randomUUID().toString());
            desk.stamp(sheet);
            s.insert("SalesPriceWorksheet", sheet);
            return null;
        });
    }

    /**
     * Removes every warehouse line of an item: the ERP then tracks no stock for it (an item
     * not stocked in any warehouse, the way a non-stock item reads, STK-5); bumps its last-modified time.
     */
    public void clearStock(String inventoryId) {
        store.atomically(s -> {
            ObjectNode item = s.live("StockItem", inventoryId).orElseThrow(
                    () -> new IllegalArgumentException("no item " + inventoryId));
            item.putArray("WarehouseDetails");
            desk.stamp(item);
            return null;
        });
    }

    /** Ships an open order in full, with one package carrying the tracking number, and confirms it. */
    public String shipOrder(String orderType, String orderNbr, String trackingNbr) {
        return store.atomically(s -> {
            ObjectNode order = s.live("SalesOrder", orderType, orderNbr).orElseThrow(
                    () -> new IllegalArgumentException("no order " + orderType + "/" + orderNbr));
            String shipmentNbr = desk.createShipment(order);
            ObjectNode shipment = desk.shipment(shipmentNbr).orElseThrow();
            desk.addPackage(shipment, trackingNbr);
            desk.confirmShipment(shipment);
            return shipmentNbr;
        });
    }

    /** Invoices a confirmed shipment and releases the invoice; returns the invoice number. */
    public String invoiceShipment(String shipmentNbr) {
        return store.atomically(s -> {
            ObjectNode shipment = desk.shipment(shipmentNbr).orElseThrow(
                    () -> new IllegalArgumentException("no shipment " + shipmentNbr));
            String invoiceNbr = desk.prepareInvoice(shipment);
            desk.releaseInvoice(s.live("SalesInvoice", "Invoice", invoiceNbr).orElseThrow());
            return invoiceNbr;
        });
    }

    /** Order -> shipment with tracking number -> released invoice (with its PDF report). */
    public DocumentTrail moveOn(String orderType, String orderNbr, String trackingNbr) {
        String shipmentNbr = shipOrder(orderType, orderNbr, trackingNbr);
        return new DocumentTrail(shipmentNbr, invoiceShipment(shipmentNbr));
    }

    // ---- HTTP -------------------------------------------------------------------------------

    private SandboxResponse route(SandboxRequest request) {
        List<String> parts = Arrays.stream(request.path().split("/")).filter(p -> !p.isEmpty()).toList();
        if (parts.equals(List.of("entity")) && request.method().equals("GET")) {
            return SandboxResponse.json(200, EndpointList.json(authenticated(request), VERSION, MOUNT));
        }
        if (parts.size() == 3 && parts.get(0).equals("entity") && parts.get(1).equals("auth")) {
            return auth(parts.get(2), request);
        }
        if (parts.equals(List.of("identity", "connect", "token")) && request.method().equals("POST")) {
            return new TokenEndpoint(options, sessions).token(request.bodyText());
        }
        if (parts.size() < 4 || !parts.get(0).equals("entity")) {
            return ErpErrors.notFound(request.path());
        }
        if (!authenticated(request)) {
            return SandboxResponse.json(401, "{\"message\":\"You are not logged in.\"}");
        }
        if (!ENDPOINTS.contains(parts.get(1)) || !parts.get(2).equals(VERSION)) {
            return ErpErrors.notFound(request.path());
        }
        String base = MOUNT + "/entity/" + parts.get(1) + "/" + parts.get(2);
        return entity(request, base, parts.get(1), parts.subList(3, parts.size()));
    }

    private SandboxResponse entity(SandboxRequest request, String base, String endpoint, List<String> rest) {
        String entity = rest.get(0);
        if (entity.equals("files") && rest.size() == 2 && request.method().equals("GET")) {
            return files.get(rest.get(1));
        }
        if (entity.equals(ReportRunner.ENTITY) && !endpoint.equals("Default")) {
            return report(request, base, rest);
        }
        if (!store.defines(entity)) {
            return ErpErrors.notFound(base + "/" + String.join("/", rest));
        }
        QueryOptions query = QueryOptions.of(request);
        return switch (request.method()) {
            case "GET" -> {
                if (rest.size() == 1) {
                    yield queries.list(entity, query);
                }
                if (rest.size() == 2 && rest.get(1).equals("$adHocSchema")) {
                    yield SandboxResponse.json(200, customFields.schema(entity).toString());
                }
                if (rest.size() == 4 && rest.get(2).equals("status")) {
                    yield actions.status(base, entity, rest.get(1), rest.get(3));
                }
                yield queries.one(entity, rest.subList(1, rest.size()), query);
            }
            case "PUT" -> rest.size() == 1 ? upserts.put(entity, body(request), query,
                    request.header("If-None-Match").filter("*"::equals).isPresent(),
                    request.header("If-Match").filter("*"::equals).isPresent())
                    : ErpErrors.notFound(base + "/" + String.join("/", rest));
            case "POST" -> rest.size() == 2 ? actions.run(base, entity, rest.get(1), body(request))
                    : ErpErrors.notFound(base + "/" + String.join("/", rest));
            case "DELETE" -> delete(entity, rest.subList(1, rest.size()));
            default -> SandboxResponse.json(405, "{\"message\":\"Method not allowed.\"}");
        };
    }

    private SandboxResponse report(SandboxRequest request, String base, List<String> rest) {
        if (request.method().equals("POST") && rest.size() == 1) {
            return reports.start(base, body(request));
        }
        if (request.method().equals("GET") && rest.size() == 4 && rest.get(1).equals("report")) {
            return reports.fetch(base, rest.get(3));
        }
        return ErpErrors.notFound(base + "/" + String.join("/", rest));
    }

    private SandboxResponse delete(String entity, List<String> keys) {
        return store.atomically(s -> s.with(entity, table -> {
            Optional<ObjectNode> found = keys.size() == 1 ? table.byId(keys.get(0)) : Optional.empty();
            if (found.isEmpty()) {
                found = table.byKeys(keys);
            }
            found.ifPresent(table::remove);
            return found.isPresent() ? SandboxResponse.empty(204) : ErpErrors.noEntity();
        }));
    }

    private SandboxResponse auth(String operation, SandboxRequest request) {
        if (!request.method().equals("POST")) {
            return SandboxResponse.json(405, "{\"message\":\"Method not allowed.\"}");
        }
        if (operation.equals("logout")) {
            sessionId(request).ifPresent(sessions::close);
            return SandboxResponse.empty(204);
        }
        if (!operation.equals("login")) {
            return ErpErrors.notFound(request.path());
        }
        JsonNode login = Wire.JSON.readTree(request.bodyText());
        String tenant = login.path("tenant").asString("");
        if (!options.user().equals(login.path("name").asString("")) || !options.password().equals(
                login.path("password").asString("")) || (!tenant.isEmpty() && !tenant.equalsIgnoreCase(options.tenant()))) {
            return ErpErrors.pxException(500, "Invalid credentials. Please try again.");
        }
        Optional<String> session = sessions.open();
        if (session.isEmpty()) {
            // the licence refuses one more API user; the official client maps this to 429
            return ErpErrors.pxException(429, "API Login Limit");
        }
        return new SandboxResponse(204, Map.of("Set-Cookie", List.of(
                "ASP.NET_SessionId=" + session.get() + "; path=/; HttpOnly",
                ".ASPXAUTH=" + Integer.toHexString(session.get().hashCode()) + "; path=/; HttpOnly",
                "CompanyID=" + options.tenant() + "; path=/",
                "Locale=Culture=fr-FR&TimeZone=GMTP0100A; path=/")), new byte[0]);
    }

    private boolean authenticated(SandboxRequest request) {
        Optional<String> bearer = request.header("Authorization").filter(h -> h.startsWith("Bearer "))
                .map(h -> h.substring(7).trim());
        if (bearer.isPresent()) {
            return sessions.validToken(bearer.get());
        }
        return sessionId(request).map(sessions::touch).orElse(false);
    }

    private static Optional<String> sessionId(SandboxRequest request) {
        for (String header : request.headers().getOrDefault("cookie", List.of())) {
            for (String cookie : header.split(";")) {
                String trimmed = cookie.trim();
                if (trimmed.startsWith("ASP.NET_SessionId=")) {
                    return Optional.of(trimmed.substring("ASP.NET_SessionId=".length()));
                }
            }
        }
        return Optional.empty();
    }

    private static ObjectNode body(SandboxRequest request) {
        JsonNode body = Wire.JSON.readTree(request.bodyText().isBlank() ? "{}" : request.bodyText());
        if (!body.isObject()) {
            throw new QueryOptions.BadRequest("The request body must be a JSON object.");
        }
        return (ObjectNode) body;
    }
}
