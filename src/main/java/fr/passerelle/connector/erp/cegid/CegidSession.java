package fr.passerelle.connector.erp.cegid;

import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.ConnectorException;
import fr.passerelle.connector.ErpSession;
import fr.passerelle.connector.FieldSchema;
import fr.passerelle.connector.FileContent;
import fr.passerelle.connector.Page;
import fr.passerelle.connector.ReadRequest;
import fr.passerelle.connector.WriteRequest;
import fr.passerelle.connector.WriteResult;
import java.util.List;
import java.util.Optional;

/** One signed-in session on a Cegid XRP Flex tenant; closing it logs out. */
final class CegidSession implements ErpSession {

    private final EndpointMap map;
    private final CegidAuth auth;
    private final CegidReader reader;
    private final CegidWriter writer;
    private final CegidFiles files;

    private CegidSession(EndpointMap map, CegidAuth auth, CegidCalls calls) {
        this.map = map;
        this.auth = auth;
        this.reader = new CegidReader(calls);
        this.writer = new CegidWriter(calls, reader);
        this.files = new CegidFiles(calls);
    }

    static CegidSession open(EndpointMap map, ConnectionSettings settings, SessionLedger ledger) {
        AcumaticaHttp http = new AcumaticaHttp(settings.baseUrl(), HttpPolicy.from(settings));
        CegidAuth auth = new CegidAuth(http, settings, ledger);
        auth.signIn();
        CegidCalls calls = new CegidCalls(http, auth, map);
        try {
            EndpointCatalog.check(calls);
        } catch (RuntimeException e) {
            auth.signOut();
            throw e;
        }
        return new CegidSession(map, auth, calls);
    }

    @Override
    public Page read(String entity, ReadRequest request) {
        return reader.read(entity(entity), request);
    }

    @Override
    public List<WriteResult> write(String entity, List<WriteRequest> batch) {
        return writer.write(entity(entity), batch);
    }

    @Override
    public Optional<String> findId(String entity, String matchField, String value) {
        return reader.findId(entity(entity), matchField, value);
    }

    @Override
    public List<FieldSchema> discoverFields(String entity) {
        return reader.discover(entity(entity));
    }

    @Override
    public Optional<FileContent> readFile(String entity, String key) {
        return files.read(entity(entity), key);
    }

    @Override
    public void close() {
        auth.signOut();
    }

    private EntityMap entity(String name) {
        return map.entity(name).orElseThrow(() -> new ConnectorException(AcumaticaHttp.SYSTEM, name, 0, false,
                "unknown entity " + name + "; known: " + map.entities().stream().map(EntityMap::name).toList()));
    }
}
