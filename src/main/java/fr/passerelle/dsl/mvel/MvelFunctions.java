package fr.passerelle.dsl.mvel;

import fr.passerelle.dsl.function.FunctionCatalog;
import fr.passerelle.plan.EvaluationContext;
import fr.passerelle.plan.EvaluationException;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue's functions as static methods MVEL can import (MVEL imports one {@code Method}
 * per name). Each forwards to {@link FunctionCatalog}; {@link #CURRENT} carries the record's
 * context, which {@code lookup} needs, while an MVEL expression runs.
 */
public final class MvelFunctions {

    static final ThreadLocal<@Nullable EvaluationContext> CURRENT = new ThreadLocal<>();

    private MvelFunctions() {
    }

    static @Nullable Object call(String name, @Nullable Object[] args) {
        FunctionCatalog.Function function = FunctionCatalog.find(name);
        EvaluationContext context = CURRENT.get();
        if (function == null || context == null) {
            throw new EvaluationException("function '" + name + "' called outside a mapping");
        }
        Object[] values = args;
        if (function.maxArgs() != FunctionCatalog.VARARGS && args.length < function.maxArgs()) {
            values = java.util.Arrays.copyOf(args, function.maxArgs());
        }
        return function.implementation().apply(values, context);
    }

    public static @Nullable Object trim(@Nullable Object... a) {
        return call("trim", a);
    }

    public static @Nullable Object trimToNull(@Nullable Object... a) {
        return call("trimToNull", a);
    }

    public static @Nullable Object upper(@Nullable Object... a) {
        return call("upper", a);
    }

    public static @Nullable Object lower(@Nullable Object... a) {
        return call("lower", a);
    }

    public static @Nullable Object isBlank(@Nullable Object... a) {
        return call("isBlank", a);
    }

    public static @Nullable Object slug(@Nullable Object... a) {
        return call("slug", a);
    }

    public static @Nullable Object split(@Nullable Object... a) {
        return call("split", a);
    }

    public static @Nullable Object path(@Nullable Object... a) {
        return call("path", a);
    }

    public static @Nullable Object concat(@Nullable Object... a) {
        return call("concat", a);
    }

    public static @Nullable Object substring(@Nullable Object... a) {
        return call("substring", a);
    }

    public static @Nullable Object left(@Nullable Object... a) {
        return call("left", a);
    }

    public static @Nullable Object right(@Nullable Object... a) {
        return call("right", a);
    }

    public static @Nullable Object replace(@Nullable Object... a) {
        return call("replace", a);
    }

    public static @Nullable Object htmlToText(@Nullable Object... a) {
        return call("htmlToText", a);
    }

    public static @Nullable Object ean13(@Nullable Object... a) {
        return call("ean13", a);
    }

    public static @Nullable Object round(@Nullable Object... a) {
        return call("round", a);
    }

    public static @Nullable Object fmt(@Nullable Object... a) {
        return call("fmt", a);
    }

    public static @Nullable Object toNumber(@Nullable Object... a) {
        return call("toNumber", a);
    }

    public static @Nullable Object ttc(@Nullable Object... a) {
        return call("ttc", a);
    }

    public static @Nullable Object ht(@Nullable Object... a) {
        return call("ht", a);
    }

    public static @Nullable Object div(@Nullable Object... a) {
        return call("div", a);
    }

    public static @Nullable Object min(@Nullable Object... a) {
        return call("min", a);
    }

    public static @Nullable Object max(@Nullable Object... a) {
        return call("max", a);
    }

    public static @Nullable Object abs(@Nullable Object... a) {
        return call("abs", a);
    }

    public static @Nullable Object coalesce(@Nullable Object... a) {
        return call("coalesce", a);
    }

    public static @Nullable Object ifBlank(@Nullable Object... a) {
        return call("ifBlank", a);
    }

    public static @Nullable Object join(@Nullable Object... a) {
        return call("join", a);
    }

    public static @Nullable Object list(@Nullable Object... a) {
        return call("list", a);
    }

    public static @Nullable Object append(@Nullable Object... a) {
        return call("append", a);
    }

    public static @Nullable Object map(@Nullable Object... a) {
        return call("map", a);
    }

    public static @Nullable Object entry(@Nullable Object... a) {
        return call("entry", a);
    }

    public static @Nullable Object size(@Nullable Object... a) {
        return call("size", a);
    }

    public static @Nullable Object contains(@Nullable Object... a) {
        return call("contains", a);
    }

    public static @Nullable Object first(@Nullable Object... a) {
        return call("first", a);
    }

    public static @Nullable Object pluck(@Nullable Object... a) {
        return call("pluck", a);
    }

    public static @Nullable Object get(@Nullable Object... a) {
        return call("get", a);
    }

    public static @Nullable Object attributes(@Nullable Object... a) {
        return call("attributes", a);
    }

    public static @Nullable Object lookup(@Nullable Object... a) {
        return call("lookup", a);
    }

    public static @Nullable Object now(@Nullable Object... a) {
        return call("now", a);
    }

    public static @Nullable Object date(@Nullable Object... a) {
        return call("date", a);
    }

    public static @Nullable Object formatDate(@Nullable Object... a) {
        return call("formatDate", a);
    }

    // The list functions (issue 10, point 5): MvelSandbox imports one method per catalogue name.

    public static @Nullable Object sum(@Nullable Object... a) {
        return call("sum", a);
    }

    public static @Nullable Object filter(@Nullable Object... a) {
        return call("filter", a);
    }

    public static @Nullable Object count(@Nullable Object... a) {
        return call("count", a);
    }

    public static @Nullable Object sortBy(@Nullable Object... a) {
        return call("sortBy", a);
    }

    public static @Nullable Object distinct(@Nullable Object... a) {
        return call("distinct", a);
    }

    public static @Nullable Object groupBy(@Nullable Object... a) {
        return call("groupBy", a);
    }
}
