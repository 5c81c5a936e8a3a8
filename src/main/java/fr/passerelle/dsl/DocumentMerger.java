package fr.passerelle.dsl;

import fr.passerelle.dsl.MappingDocument.Lookup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Merges a document over the template it {@code extends}: single values of the document win;
 * fields and lets by name, lookup entries by key (table by table), rules by name. An overriding
 * entry keeps the template's place; new ones follow. Tests are the document's own (a
 * template's tests run when the template is checked).
 */
public final class DocumentMerger {

    private DocumentMerger() {
    }

    public static MappingDocument merge(MappingDocument template, MappingDocument document) {
        return new MappingDocument(document.file(), or(document.flow(), template.flow()),
                or(document.source(), template.source()), or(document.target(), template.target()),
                or(document.key(), template.key()), or(document.where(), template.where()),
                or(document.erpFilter(), template.erpFilter()), document.extendsRef(),
                or(document.version(), template.version()), or(document.budget(), template.budget()),
                or(document.description(), template.description()),
                lookups(template.lookups(), document.lookups()),
                byName(template.lets(), document.lets(), e -> e.name().text()),
                byName(template.fields(), document.fields(), e -> e.name().text()),
                byName(template.rules(), document.rules(), r -> r.name().text()), document.tests());
    }

    private static @Nullable Scalar or(@Nullable Scalar first, @Nullable Scalar second) {
        return first != null ? first : second;
    }

    private static <T> List<T> byName(List<T> base, List<T> overrides, Function<T, String> name) {
        Map<String, T> merged = new LinkedHashMap<>();
        base.forEach(item -> merged.put(name.apply(item), item));
        overrides.forEach(item -> merged.put(name.apply(item), item));
        return new ArrayList<>(merged.values());
    }

    private static List<Lookup> lookups(List<Lookup> base, List<Lookup> overrides) {
        Map<String, Lookup> merged = new LinkedHashMap<>();
        base.forEach(table -> merged.put(table.name().text(), table));
        for (Lookup table : overrides) {
            Lookup inherited = merged.get(table.name().text());
            merged.put(table.name().text(), inherited == null ? table
                    : new Lookup(table.name(), byName(inherited.entries(), table.entries(), e -> e.key().text())
                            ));
        }
        return new ArrayList<>(merged.values());
    }
}
