package fr.passerelle.dsl.compiler;

import fr.passerelle.dsl.Diagnostic;
import fr.passerelle.dsl.MappingDocument.Entry;
import fr.passerelle.dsl.expression.ExpressionCompiler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Orders {@code let}s so each comes after the lets it reads (document order otherwise), and
 * reports cycles ({@code a: b + 1}, {@code b: a * 2}) at every let of the cycle.
 */
final class LetOrder {

    private LetOrder() {
    }

    static List<Entry> order(List<Entry> lets, Consumer<Diagnostic> diagnostics) {
        Map<String, Entry> byName = new LinkedHashMap<>();
        lets.forEach(let -> byName.put(let.name().text(), let));
        Map<String, Integer> state = new LinkedHashMap<>(); // 1 visiting, 2 done
        List<Entry> ordered = new ArrayList<>();
        for (Entry let : lets) {
            visit(let, byName, state, new ArrayList<>(), ordered, diagnostics);
        }
        return ordered;
    }

    private static void visit(Entry let, Map<String, Entry> byName, Map<String, Integer> state, List<String> chain,
            List<Entry> ordered, Consumer<Diagnostic> diagnostics) {
        String name = let.name().text();
        Integer seen = state.get(name);
        if (seen != null && seen == 2) {
            return;
        }
        if (seen != null) {
            List<String> cycle = new ArrayList<>(chain.subList(chain.indexOf(name), chain.size()));
            cycle.add(name);
            for (String member : Set.copyOf(cycle)) {
                Entry entry = byName.get(member);
                diagnostics.accept(Diagnostic.error(entry.name().position(), "LET_CYCLE",
                        "let '" + member + "' depends on itself: " + String.join(" -> ", rotate(cycle, member))));
            }
            return;
        }
        state.put(name, 1);
        chain.add(name);
        for (String used : ExpressionCompiler.names(let.requireExpression().text())) {
            Entry dependency = byName.get(used);
            if (dependency != null) {
                visit(dependency, byName, state, chain, ordered, diagnostics);
            }
        }
        chain.remove(chain.size() - 1);
        state.put(name, 2);
        ordered.add(let);
    }

    private static List<String> rotate(List<String> cycle, String start) {
        List<String> open = cycle.subList(0, cycle.size() - 1);
        int at = open.indexOf(start);
        List<String> rotated = new ArrayList<>(open.subList(at, open.size()));
        rotated.addAll(open.subList(0, at));
        rotated.add(start);
        return rotated;
    }
}
