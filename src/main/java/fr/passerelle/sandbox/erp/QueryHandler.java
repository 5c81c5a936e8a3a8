package fr.passerelle.sandbox.erp;

import fr.passerelle.sandbox.SandboxResponse;
import fr.passerelle.sandbox.erp.odata.FilterEvaluator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** GET of a list (filtered, paged with {@code $top/$skip}), of a record by keys, or by id. */
final class QueryHandler {

    private final EntityStore store;

    QueryHandler(EntityStore store) {
        this.store = store;
    }

    SandboxResponse list(String entity, QueryOptions options) {
        RecordShaper shaper = new RecordShaper(options);
        ArrayNode page = store.with(entity, table -> {
            ArrayNode out = Wire.array();
            int skipped = 0;
            for (ObjectNode row : table.rows()) {
                if (out.size() >= options.top()) {
                    break;
                }
                if (options.filter() != null && !FilterEvaluator.matches(options.filter(), resolver(row))) {
                    continue;
                }
                if (skipped++ < options.skip()) {
                    continue;
                }
                out.add(shaper.shape(row));
            }
            return out;
        });
        return SandboxResponse.json(200, page.toString());
    }

    /** By id (a GUID) or by keys in form order; "|" may stand for "/" inside the key path. */
    SandboxResponse one(String entity, List<String> keyPath, QueryOptions options) {
        Optional<ObjectNode> found = store.with(entity, table -> {
            if (keyPath.size() == 1 && keyPath.get(0).matches("[0-9a-fA-F-]{36}")) {
                Optional<ObjectNode> byId = table.byId(keyPath.get(0).toLowerCase(java.util.Locale.ROOT));
                if (byId.isPresent()) {
                    return byId;
                }
            }
            List<String> keys = keyPath.size() == 1 && keyPath.get(0).contains("|")
                    ? List.of(keyPath.get(0).split("\\|")) : keyPath;
            return keys.size() == table.keys().size() ? table.byKeys(keys) : Optional.<ObjectNode>empty();
        }).map(r -> new RecordShaper(options).shape(r));
        return found.map(r -> SandboxResponse.json(200, r.toString())).orElseGet(ErpErrors::noEntity);
    }

    /** Field values of a stored record, for the filter evaluator. */
    static FilterEvaluator.Resolver resolver(ObjectNode row) {
        return new FilterEvaluator.Resolver() {
            @Override
            public @Nullable Object property(List<String> path) {
                return Wire.value(row, path);
            }

            @Override
            public @Nullable Object custom(String view, String field) {
                JsonNode value = row.path("custom").path(view).path(field).path("value");
                return Wire.plain(value);
            }
        };
    }
}
