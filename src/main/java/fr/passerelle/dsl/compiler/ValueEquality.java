package fr.passerelle.dsl.compiler;

import fr.passerelle.dsl.function.Values;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Equality for test expectations: numbers by value (20 = 20.00), lists in order, maps by key. */
final class ValueEquality {

    private ValueEquality() {
    }

    static boolean same(@Nullable Object expected, @Nullable Object actual) {
        if (expected instanceof Number && actual instanceof Number) {
            BigDecimal a = Values.decimal(expected, "test");
            BigDecimal b = Values.decimal(actual, "test");
            return a != null && b != null && a.compareTo(b) == 0;
        }
        if (expected instanceof List<?> e && actual instanceof List<?> a) {
            if (e.size() != a.size()) {
                return false;
            }
            Iterator<?> i = a.iterator();
            for (Object item : e) {
                if (!same(item, i.next())) {
                    return false;
                }
            }
            return true;
        }
        if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
            if (e.size() != a.size()) {
                return false;
            }
            for (Map.Entry<?, ?> entry : e.entrySet()) {
                if (!a.containsKey(entry.getKey()) || !same(entry.getValue(), a.get(entry.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return expected == null ? actual == null : expected.equals(actual);
    }
}
