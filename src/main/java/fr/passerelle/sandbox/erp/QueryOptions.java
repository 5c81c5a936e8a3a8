package fr.passerelle.sandbox.erp;

import fr.passerelle.sandbox.SandboxRequest;
import fr.passerelle.sandbox.erp.odata.FilterNode;
import fr.passerelle.sandbox.erp.odata.FilterParser;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters of a GET (or of a PUT's answer): {@code $filter} parsed up front so a
 * bad filter is a 400 before anything is read.
 */
record QueryOptions(@Nullable FilterNode filter, Set<String> select, Set<String> expand, Set<String> custom,
        int top, int skip) {

    static QueryOptions of(SandboxRequest request) {
        String filterText = request.param("$filter").orElse(null);
        FilterNode filter = filterText == null || filterText.isBlank() ? null : FilterParser.parse(filterText);
        return new QueryOptions(filter, list(request, "$select"), withParents(list(request, "$expand")),
                list(request, "$custom"), number(request, "$top", Integer.MAX_VALUE), number(request, "$skip", 0));
    }

    /** Selecting {@code Details/InventoryID} implies the {@code Details} level is expanded. */
    Set<String> expandedPaths() {
        Set<String> all = new LinkedHashSet<>(expand);
        for (String path : select) {
            int slash = path.lastIndexOf('/');
            if (slash > 0) {
                all.addAll(withParents(Set.of(path.substring(0, slash))));
            }
        }
        return all;
    }

    private static Set<String> list(SandboxRequest request, String name) {
        return request.param(name).map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new))).orElseGet(LinkedHashSet::new);
    }

    private static Set<String> withParents(Set<String> paths) {
        Set<String> all = new LinkedHashSet<>();
        for (String path : paths) {
            String[] parts = path.split("/");
            StringBuilder prefix = new StringBuilder();
            for (String part : parts) {
                prefix.append(prefix.isEmpty() ? "" : "/").append(part);
                all.add(prefix.toString());
            }
        }
        return all;
    }

    private static int number(SandboxRequest request, String name, int fallback) {
        String value = request.param(name).orElse(null);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < 0) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new BadRequest("The value '" + value + "' is not valid for " + name + ".");
        }
    }

    /** A malformed request: answered 400 with Acumatica's error body. */
    static final class BadRequest extends RuntimeException {

        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }
}
