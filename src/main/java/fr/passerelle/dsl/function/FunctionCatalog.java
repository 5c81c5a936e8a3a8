package fr.passerelle.dsl.function;

import fr.passerelle.plan.EvaluationContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Every function an expression may call, with its arity; the compiler refuses any other name. */
public final class FunctionCatalog {

    /** Unlimited arguments. */
    public static final int VARARGS = Integer.MAX_VALUE;

    /** How a function runs: arguments already evaluated (optional ones null), the record's context. */
    @FunctionalInterface
    public interface Implementation {
        @Nullable Object apply(@Nullable Object[] args, EvaluationContext context);
    }

    /**
     * One function: its name, how many arguments it takes, how it is called (the editor's
     * suggestions show it: {@code fmt(number, decimals)}), and its implementation.
     */
    public record Function(String name, int minArgs, int maxArgs, String signature, Implementation implementation) {

        public String arity() {
            if (maxArgs == VARARGS) {
                return minArgs + " or more arguments";
            }
            return minArgs == maxArgs ? minArgs + " argument" + (minArgs == 1 ? "" : "s")
                    : minArgs + " to " + maxArgs + " arguments";
        }
    }

    private static final Map<String, Function> FUNCTIONS = build();

    private FunctionCatalog() {
    }

    public static @Nullable Function find(String name) {
        return FUNCTIONS.get(name);
    }

    public static Set<String> names() {
        return FUNCTIONS.keySet();
    }

    private static Map<String, Function> build() {
        Map<String, Function> f = new LinkedHashMap<>();
        // text
        put(f, "trim", 1, 1, "trim(text)", (a, c) -> TextFunctions.trim(a[0]));
        put(f, "trimToNull", 1, 1, "trimToNull(text)", (a, c) -> TextFunctions.trimToNull(a[0]));
        put(f, "upper", 1, 1, "upper(text)", (a, c) -> TextFunctions.upper(a[0], c));
        put(f, "lower", 1, 1, "lower(text)", (a, c) -> TextFunctions.lower(a[0], c));
        put(f, "isBlank", 1, 1, "isBlank(value)", (a, c) -> Values.isBlank(a[0]));
        put(f, "slug", 1, 1, "slug(text)", (a, c) -> TextFunctions.slug(a[0], c));
        put(f, "split", 2, 2, "split(text, separator)", (a, c) -> TextFunctions.split(a[0], a[1], c));
        put(f, "path", 1, VARARGS, "path(level, level, ...)", (a, c) -> TextFunctions.path(a));
        put(f, "concat", 1, VARARGS, "concat(text, text, ...)", (a, c) -> TextFunctions.concat(a));
        put(f, "substring", 2, 3, "substring(text, start, end?)", (a, c) -> TextFunctions.substring(a[0], a[1], a[2]));
        put(f, "left", 2, 2, "left(text, n)", (a, c) -> TextFunctions.left(a[0], a[1]));
        put(f, "right", 2, 2, "right(text, n)", (a, c) -> TextFunctions.right(a[0], a[1]));
        put(f, "replace", 3, 3, "replace(text, find, with)", (a, c) -> TextFunctions.replace(a[0], a[1], a[2], c));
        put(f, "htmlToText", 1, 1, "htmlToText(html)", (a, c) -> TextFunctions.htmlToText(a[0], c));
        put(f, "ean13", 1, 1, "ean13(code)", (a, c) -> TextFunctions.ean13(a[0]));
        // numbers
        put(f, "round", 1, 2, "round(number, decimals?)", (a, c) -> NumberFunctions.round(a[0], a[1]));
        put(f, "fmt", 2, 2, "fmt(number, decimals)", (a, c) -> NumberFunctions.fmt(a[0], a[1]));
        put(f, "toNumber", 1, 1, "toNumber(text)", (a, c) -> NumberFunctions.toNumber(a[0]));
        put(f, "ttc", 2, 2, "ttc(priceExclTax, ratePercent)", (a, c) -> NumberFunctions.ttc(a[0], a[1]));
        put(f, "ht", 2, 2, "ht(priceInclTax, ratePercent)", (a, c) -> NumberFunctions.ht(a[0], a[1]));
        put(f, "div", 2, 2, "div(a, b)", (a, c) -> NumberFunctions.div(a[0], a[1]));
        put(f, "min", 1, VARARGS, "min(number, ...)", (a, c) -> NumberFunctions.min(a));
        put(f, "max", 1, VARARGS, "max(number, ...)", (a, c) -> NumberFunctions.max(a));
        put(f, "abs", 1, 1, "abs(number)", (a, c) -> NumberFunctions.abs(a[0]));
        // values, lists, objects
        put(f, "coalesce", 1, VARARGS, "coalesce(value, value, ...)", (a, c) -> CollectionFunctions.coalesce(a));
        put(f, "ifBlank", 2, 2, "ifBlank(value, fallback)", (a, c) -> CollectionFunctions.ifBlank(a[0], a[1]));
        put(f, "join", 2, 2, "join(list, separator)", (a, c) -> CollectionFunctions.join(a[0], a[1], c));
        put(f, "list", 0, VARARGS, "list(value, ...)", (a, c) -> CollectionFunctions.list(a));
        put(f, "append", 1, VARARGS, "append(list, list, ...)", (a, c) -> CollectionFunctions.append(a, c));
        put(f, "map", 0, VARARGS, "map(key, value, key, value, ...)", (a, c) -> CollectionFunctions.map(a));
        put(f, "entry", 2, 2, "entry(key, value)", (a, c) -> CollectionFunctions.entry(a[0], a[1]));
        put(f, "size", 1, 1, "size(list or text)", (a, c) -> CollectionFunctions.size(a[0]));
        put(f, "contains", 2, 2, "contains(text or list, part)", (a, c) -> CollectionFunctions.contains(a[0], a[1], c));
        put(f, "first", 1, 1, "first(list)", (a, c) -> CollectionFunctions.first(a[0]));
        put(f, "pluck", 2, 2, "pluck(list, 'field')", (a, c) -> CollectionFunctions.pluck(a[0], a[1], c));
        put(f, "get", 2, 2, "get(object, key)", (a, c) -> CollectionFunctions.get(a[0], a[1]));
        put(f, "attributes", 1, 1, "attributes(characteristics)", (a, c) -> CollectionFunctions.attributes(a[0], c));
        // list functions (issue 10, point 5)
        put(f, "sum", 1, 2, "sum(list, 'field'?)", (a, c) -> ListFunctions.sum(a[0], a.length > 1 ? a[1] : null, c));
        put(f, "filter", 3, 3, "filter(list, 'field', value)", (a, c) -> ListFunctions.filter(a[0], a[1], a[2], c));
        put(f, "count", 1, 1, "count(list)", (a, c) -> ListFunctions.count(a[0], c));
        put(f, "sortBy", 2, 2, "sortBy(list, 'field')", (a, c) -> ListFunctions.sortBy(a[0], a[1], c));
        put(f, "distinct", 1, 1, "distinct(list)", (a, c) -> ListFunctions.distinct(a[0], c));
        put(f, "groupBy", 2, 2, "groupBy(list, 'field')", (a, c) -> ListFunctions.groupBy(a[0], a[1], c));
        // lookups and dates
        put(f, "lookup", 2, 2, "lookup('table', key)", (a, c) -> c.lookupTable(String.valueOf(Values.text(a[0]))).resolve(a[1]));
        put(f, "now", 0, 0, "now()", (a, c) -> DateFunctions.now());
        put(f, "date", 1, 2, "date(text, pattern?)", (a, c) -> DateFunctions.date(a[0], a[1]));
        put(f, "formatDate", 2, 2, "formatDate(date, pattern)", (a, c) -> DateFunctions.formatDate(a[0], a[1]));
        return Collections.unmodifiableMap(f);
    }

    private static void put(Map<String, Function> functions, String name, int min, int max, String signature,
            Implementation impl) {
        functions.put(name, new Function(name, min, max, signature, impl));
    }
}
