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

    /** One function: its name, how many arguments it takes, and its implementation. */
    public record Function(String name, int minArgs, int maxArgs, Implementation implementation) {

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
        put(f, "trim", 1, 1, (a, c) -> TextFunctions.trim(a[0]));
        put(f, "trimToNull", 1, 1, (a, c) -> TextFunctions.trimToNull(a[0]));
        put(f, "upper", 1, 1, (a, c) -> TextFunctions.upper(a[0], c));
        put(f, "lower", 1, 1, (a, c) -> TextFunctions.lower(a[0], c));
        put(f, "isBlank", 1, 1, (a, c) -> Values.isBlank(a[0]));
        put(f, "slug", 1, 1, (a, c) -> TextFunctions.slug(a[0], c));
        put(f, "split", 2, 2, (a, c) -> TextFunctions.split(a[0], a[1], c));
        put(f, "path", 1, VARARGS, (a, c) -> TextFunctions.path(a));
        put(f, "concat", 1, VARARGS, (a, c) -> TextFunctions.concat(a));
        put(f, "substring", 2, 3, (a, c) -> TextFunctions.substring(a[0], a[1], a[2]));
        put(f, "left", 2, 2, (a, c) -> TextFunctions.left(a[0], a[1]));
        put(f, "right", 2, 2, (a, c) -> TextFunctions.right(a[0], a[1]));
        put(f, "replace", 3, 3, (a, c) -> TextFunctions.replace(a[0], a[1], a[2], c));
        put(f, "htmlToText", 1, 1, (a, c) -> TextFunctions.htmlToText(a[0], c));
        put(f, "ean13", 1, 1, (a, c) -> TextFunctions.ean13(a[0]));
        // numbers
        put(f, "round", 1, 2, (a, c) -> NumberFunctions.round(a[0], a[1]));
        put(f, "fmt", 2, 2, (a, c) -> NumberFunctions.fmt(a[0], a[1]));
        put(f, "toNumber", 1, 1, (a, c) -> NumberFunctions.toNumber(a[0]));
        put(f, "ttc", 2, 2, (a, c) -> NumberFunctions.ttc(a[0], a[1]));
        put(f, "ht", 2, 2, (a, c) -> NumberFunctions.ht(a[0], a[1]));
        put(f, "div", 2, 2, (a, c) -> NumberFunctions.div(a[0], a[1]));
        put(f, "min", 1, VARARGS, (a, c) -> NumberFunctions.min(a));
        put(f, "max", 1, VARARGS, (a, c) -> NumberFunctions.max(a));
        put(f, "abs", 1, 1, (a, c) -> NumberFunctions.abs(a[0]));
        // values, lists, objects
        put(f, "coalesce", 1, VARARGS, (a, c) -> CollectionFunctions.coalesce(a));
        put(f, "ifBlank", 2, 2, (a, c) -> CollectionFunctions.ifBlank(a[0], a[1]));
        put(f, "join", 2, 2, (a, c) -> CollectionFunctions.join(a[0], a[1], c));
        put(f, "list", 0, VARARGS, (a, c) -> CollectionFunctions.list(a));
        put(f, "append", 1, VARARGS, (a, c) -> CollectionFunctions.append(a, c));
        put(f, "map", 0, VARARGS, (a, c) -> CollectionFunctions.map(a));
        put(f, "entry", 2, 2, (a, c) -> CollectionFunctions.entry(a[0], a[1]));
        put(f, "size", 1, 1, (a, c) -> CollectionFunctions.size(a[0]));
        put(f, "contains", 2, 2, (a, c) -> CollectionFunctions.contains(a[0], a[1], c));
        put(f, "first", 1, 1, (a, c) -> CollectionFunctions.first(a[0]));
        put(f, "pluck", 2, 2, (a, c) -> CollectionFunctions.pluck(a[0], a[1], c));
        put(f, "get", 2, 2, (a, c) -> CollectionFunctions.get(a[0], a[1]));
        put(f, "attributes", 1, 1, (a, c) -> CollectionFunctions.attributes(a[0], c));
        // list functions (issue 10, point 5)
        put(f, "sum", 1, 2, (a, c) -> ListFunctions.sum(a[0], a.length > 1 ? a[1] : null, c));
        put(f, "filter", 3, 3, (a, c) -> ListFunctions.filter(a[0], a[1], a[2], c));
        put(f, "count", 1, 1, (a, c) -> ListFunctions.count(a[0], c));
        put(f, "sortBy", 2, 2, (a, c) -> ListFunctions.sortBy(a[0], a[1], c));
        put(f, "distinct", 1, 1, (a, c) -> ListFunctions.distinct(a[0], c));
        put(f, "groupBy", 2, 2, (a, c) -> ListFunctions.groupBy(a[0], a[1], c));
        // lookups and dates
        put(f, "lookup", 2, 2, (a, c) -> c.lookupTable(String.valueOf(Values.text(a[0]))).resolve(a[1]));
        put(f, "now", 0, 0, (a, c) -> DateFunctions.now());
        put(f, "date", 1, 2, (a, c) -> DateFunctions.date(a[0], a[1]));
        put(f, "formatDate", 2, 2, (a, c) -> DateFunctions.formatDate(a[0], a[1]));
        return Collections.unmodifiableMap(f);
    }

    private static void put(Map<String, Function> functions, String name, int min, int max, Implementation impl) {
        functions.put(name, new Function(name, min, max, impl));
    }
}
