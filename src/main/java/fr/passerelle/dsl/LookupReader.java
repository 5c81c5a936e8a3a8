package fr.passerelle.dsl;

import fr.passerelle.dsl.MappingDocument.Lookup;
import fr.passerelle.dsl.MappingDocument.LookupEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads {@code lookups:}: a map of table name to a map of key to value. */
final class LookupReader {

    private final DocumentReader reader;

    LookupReader(DocumentReader reader) {
        this.reader = reader;
    }

    List<Lookup> lookups(@Nullable NodeTuple tuple) {
        List<Lookup> lookups = new ArrayList<>();
        if (tuple == null) {
            return lookups;
        }
        if (!(tuple.getValueNode() instanceof MappingNode tables)) {
            reader.report(Diagnostic.error(YamlNodes.position(reader.file(), tuple.getValueNode()), "SHAPE",
                    "'lookups' is a map of table name to a map of key: value"));
            return lookups;
        }
        reader.keys(tables, Set.of(), " in 'lookups'");
        for (NodeTuple table : tables.getValue()) {
            Scalar name = reader.keyOf(table);
            if (name == null) {
                continue;
            }
            if (!(table.getValueNode() instanceof MappingNode rows)) {
                reader.report(Diagnostic.error(YamlNodes.position(reader.file(), table.getValueNode()), "SHAPE",
                        "lookup table '" + name.text() + "' is a map of key: value"));
                continue;
            }
            reader.keys(rows, Set.of(), " in lookup table '" + name.text() + "'");
            List<LookupEntry> entries = new ArrayList<>();
            for (NodeTuple row : rows.getValue()) {
                Scalar key = reader.keyOf(row);
                if (key == null) {
                    continue;
                }
                if (!(row.getValueNode() instanceof ScalarNode)) {
                    reader.report(Diagnostic.error(YamlNodes.position(reader.file(), row.getValueNode()), "SHAPE",
                            "a lookup value is a single value (text, number, true/false)"));
                    continue;
                }
                entries.add(new LookupEntry(key, YamlNodes.value(row.getValueNode())));
            }
            lookups.add(new Lookup(name, entries));
        }
        return lookups;
    }
}
