package fr.passerelle.dsl.compiler;

import fr.passerelle.dsl.Diagnostic;
import fr.passerelle.dsl.MappingDocument.Lookup;
import fr.passerelle.dsl.MappingDocument.LookupEntry;
import fr.passerelle.plan.LookupTable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Builds lookup tables, normalising numeric keys ("20.00" and "20" are the same key). */
final class LookupTables {

    private LookupTables() {
    }

    static LookupTable build(Lookup lookup, Consumer<Diagnostic> diagnostics) {
        Map<String, @Nullable Object> entries = new LinkedHashMap<>();
        Map<String, String> written = new LinkedHashMap<>();
        boolean hasDefault = false;
        Object defaultValue = null;
        for (LookupEntry entry : lookup.entries()) {
            String raw = entry.key().text();
            if (LookupTable.DEFAULT_KEY.equals(raw)) {
                hasDefault = true;
                defaultValue = entry.value();
                continue;
            }
            String key = LookupTable.normaliseDocumentKey(raw);
            String previous = written.put(key, raw);
            if (previous != null) {
                diagnostics.accept(Diagnostic.error(entry.key().position(), "DUPLICATE_KEY", "lookup table '"
                        + lookup.name().text() + "': key '" + raw + "' is the same as '" + previous + "'"));
            }
            entries.put(key, entry.value());
        }
        return new LookupTable(lookup.name().text(), entries, hasDefault, defaultValue);
    }
}
