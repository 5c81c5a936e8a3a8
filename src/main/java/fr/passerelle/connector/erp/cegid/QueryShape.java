package fr.passerelle.connector.erp.cegid;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code $select} and {@code $expand} of a read, derived from the mapped paths: nothing is
 * expanded by default on Acumatica, so every linked entity and detail a field needs is named.
 *
 * @param select paths to return (selectors reduced to their detail's name)
 * @param expand linked entities and details to include
 */
record QueryShape(Set<String> select, Set<String> expand) {

    static QueryShape of(EntityMap entity, Collection<String> wanted) {
        Set<String> select = new LinkedHashSet<>();
        Set<String> expand = new LinkedHashSet<>();
        for (FieldMap field : entity.fields()) {
            boolean key = entity.keys().contains(field.name());
            if (!wanted.isEmpty() && !key && wanted.stream().noneMatch(w -> w.equals(field.name())
                    || w.startsWith(field.name() + ".") || field.name().startsWith(w + "."))) {
                continue;
            }
            add(field, "", select, expand);
        }
        if (entity.modified() != null) {
            select.add(entity.modified());
        }
        return new QueryShape(select, expand);
    }

    private static void add(FieldMap field, String prefix, Set<String> select, Set<String> expand) {
        if (field.raw() && field.isList()) {
            return; // a list Passerelle adds (a customer's locations): not an ERP detail to expand
        }
        List<String> segments = field.segments();
        StringBuilder path = new StringBuilder(prefix);
        for (int i = 0; i < segments.size() - 1; i++) {
            String segment = segments.get(i);
            path.append(Paths.baseName(segment));
            expand.add(path.toString());
            if (!segment.equals(Paths.baseName(segment))) {
                // a selected detail line is found by its key field, so that must come back too
                select.add(path + "/" + segment.substring(segment.indexOf('[') + 1, segment.indexOf('=')));
            }
            path.append('/');
        }
        String last = path + Paths.baseName(segments.getLast());
        if (field.isKeyed()) {
            expand.add(last);
            select.add(last + "/" + field.keyedBy());
            select.add(last + "/" + field.valueOf());
        } else if (field.isList()) {
            expand.add(last);
            for (FieldMap sub : field.fields()) {
                if (!sub.raw()) {
                    add(sub, last + "/", select, expand);
                }
            }
        } else if (!field.raw()) {
            select.add(last);
        }
    }
}
