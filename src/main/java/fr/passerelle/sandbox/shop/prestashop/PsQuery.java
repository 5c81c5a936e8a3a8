package fr.passerelle.sandbox.shop.prestashop;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The list parameters of the webservice: {@code filter[field]} ({@code [a|b]} any of, {@code [a,b]}
 * interval, {@code [x]%} begins, {@code %[x]} ends, {@code %[x]%} contains, {@code ![x]} not,
 * {@code >[x]} / {@code <[x]}), date filters only with {@code date=1}, {@code sort=[field_ASC,..]} and
 * {@code limit=N} or {@code limit=offset,N}.
 */
final class PsQuery {

    private PsQuery() {
    }

    static List<Map<String, Object>> apply(List<Map<String, Object>> records, Map<String, List<String>> query) {
        List<Map<String, Object>> out = new ArrayList<>(records);
        boolean dates = "1".equals(first(query, "date"));
        for (Map.Entry<String, List<String>> param : query.entrySet()) {
            if (!param.getKey().startsWith("filter[")) {
                continue;
            }
            String field = param.getKey().substring(7, param.getKey().length() - 1);
            if (field.startsWith("date_") && !dates) {
                throw new PsError(400, 33, "To filter on a date, the parameter 'date' must be set to 1");
            }
            String filter = param.getValue().getFirst();
            out.removeIf(r -> !matches(text(r.get(field)), filter));
        }
        String sort = first(query, "sort");
        if (sort != null) {
            Comparator<Map<String, Object>> order = null;
            for (String key : sort.replaceAll("[\\[\\]]", "").split(",")) {
                int underscore = key.lastIndexOf('_');
                String field = key.substring(0, underscore);
                Comparator<Map<String, Object>> c = Comparator.comparing(r -> sortable(text(r.get(field))));
                if (key.endsWith("_DESC")) {
                    c = c.reversed();
                }
                order = order == null ? c : order.thenComparing(c);
            }
            out.sort(order);
        }
        String limit = first(query, "limit");
        if (limit != null) {
            String[] parts = limit.split(",");
            int offset = parts.length == 2 ? Integer.parseInt(parts[0].trim()) : 0;
            int count = Integer.parseInt(parts[parts.length - 1].trim());
            out = out.subList(Math.min(offset, out.size()), Math.min(out.size(), offset + count));
        }
        return out;
    }

    private static boolean matches(String value, String filter) {
        if (filter.startsWith("!")) {
            return !matches(value, filter.substring(1));
        }
        if (filter.startsWith(">[")) {
            return compare(value, inner(filter.substring(1))) > 0;
        }
        if (filter.startsWith("<[")) {
            return compare(value, inner(filter.substring(1))) < 0;
        }
        if (filter.startsWith("%[") && filter.endsWith("]%")) {
            return value.toLowerCase().contains(inner(filter.substring(1, filter.length() - 1)).toLowerCase());
        }
        if (filter.startsWith("%[")) {
            return value.toLowerCase().endsWith(inner(filter.substring(1)).toLowerCase());
        }
        if (filter.endsWith("]%")) {
            return value.toLowerCase().startsWith(inner(filter.substring(0, filter.length() - 1)).toLowerCase());
        }
        String body = inner(filter);
        if (body.contains(",") && !body.contains("|")) {
            String[] bounds = body.split(",", 2);
            return compare(value, bounds[0]) >= 0 && compare(value, bounds[1]) <= 0;
        }
        for (String option : body.split("\\|", -1)) {
            if (option.equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }

    private static String inner(String bracketed) {
        if (!bracketed.startsWith("[") || !bracketed.endsWith("]")) {
            throw new PsError(400, 34, "Filter syntax error: " + bracketed);
        }
        return bracketed.substring(1, bracketed.length() - 1);
    }

    private static int compare(String a, String b) {
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b));
        } catch (NumberFormatException notNumbers) {
            return a.compareTo(b);
        }
    }

    private static String sortable(String value) {
        return value.matches("\\d{1,18}") ? String.format("%020d", Long.parseLong(value)) : value;
    }

    @SuppressWarnings("unchecked")
    static String text(Object value) {
        if (value instanceof Map<?, ?> languages) {
            return Objects.toString(((Map<String, String>) languages).get("1"), "");
        }
        return value == null ? "" : value.toString();
    }

    static @Nullable String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
