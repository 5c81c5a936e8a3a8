package fr.passerelle.dsl.editor;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** How each catalogued function is called, for the editor's suggestions ({@code EditorAssistTest} checks every function has one). */
final class FunctionSignatures {

    private static final Map<String, String> SIGNATURES = Map.ofEntries(
            Map.entry("trim", "trim(text)"), Map.entry("trimToNull", "trimToNull(text)"), Map.entry("upper", "upper(text)"),
            Map.entry("lower", "lower(text)"), Map.entry("isBlank", "isBlank(value)"), Map.entry("slug", "slug(text)"),
            Map.entry("split", "split(text, separator)"), Map.entry("path", "path(level, level, ...)"),
            Map.entry("concat", "concat(text, text, ...)"), Map.entry("substring", "substring(text, start, end?)"),
            Map.entry("left", "left(text, n)"), Map.entry("right", "right(text, n)"),
            Map.entry("replace", "replace(text, find, with)"), Map.entry("htmlToText", "htmlToText(html)"),
            Map.entry("ean13", "ean13(code)"), Map.entry("round", "round(number, decimals?)"),
            Map.entry("fmt", "fmt(number, decimals)"), Map.entry("toNumber", "toNumber(text)"),
            Map.entry("ttc", "ttc(priceExclTax, ratePercent)"), Map.entry("ht", "ht(priceInclTax, ratePercent)"),
            Map.entry("div", "div(a, b)"), Map.entry("min", "min(number, ...)"), Map.entry("max", "max(number, ...)"),
            Map.entry("abs", "abs(number)"), Map.entry("coalesce", "coalesce(value, value, ...)"),
            Map.entry("ifBlank", "ifBlank(value, fallback)"), Map.entry("join", "join(list, separator)"),
            Map.entry("list", "list(value, ...)"), Map.entry("append", "append(list, list, ...)"),
            Map.entry("map", "map(key, value, key, value, ...)"), Map.entry("entry", "entry(key, value)"),
            Map.entry("size", "size(list or text)"), Map.entry("contains", "contains(text or list, part)"),
            Map.entry("first", "first(list)"), Map.entry("pluck", "pluck(list, 'field')"),
            Map.entry("get", "get(object, key)"), Map.entry("attributes", "attributes(characteristics)"),
            Map.entry("lookup", "lookup('table', key)"), Map.entry("now", "now()"), Map.entry("date", "date(text, pattern?)"),
            Map.entry("formatDate", "formatDate(date, pattern)"), Map.entry("sum", "sum(list, 'field'?)"),
            Map.entry("filter", "filter(list, 'field', value)"), Map.entry("count", "count(list)"),
            Map.entry("sortBy", "sortBy(list, 'field')"), Map.entry("distinct", "distinct(list)"),
            Map.entry("groupBy", "groupBy(list, 'field')"));

    private FunctionSignatures() {
    }

    static @Nullable String of(String function) {
        return SIGNATURES.get(function);
    }
}
