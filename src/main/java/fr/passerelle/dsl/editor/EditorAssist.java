package fr.passerelle.dsl.editor;

import fr.passerelle.connector.EntitySchema;
import fr.passerelle.connector.FieldSchema;
import fr.passerelle.dsl.MappingDocument;
import fr.passerelle.dsl.MappingDocument.Entry;
import fr.passerelle.dsl.TemplateResolver;
import fr.passerelle.dsl.compiler.CompilationResult;
import fr.passerelle.dsl.compiler.MappingCompiler;
import fr.passerelle.dsl.expression.ExpressionCompiler;
import fr.passerelle.dsl.function.FunctionCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The compile service of the mapping editor (MAP-1, MAP-2): for a document's text and a cursor
 * offset, the compiler's diagnostics and the completions that fit the cursor. Stateless and
 * thread-safe; one instance per set of schemas (the studio's: the connectors' own).
 */
public final class EditorAssist {

    private static final Set<String> TOP_KEYS = Set.of("flow", "source", "target", "key", "where", "erpFilter", "extends",
            "version", "budget", "description", "lookups", "let", "fields", "rules", "tests");
    private static final Set<String> EXPRESSION_KEYS = Set.of("key", "where", "each", "when", "reject");

    private final Map<String, EntitySchema> schemas;
    private final MappingCompiler compiler;

    public EditorAssist(Map<String, EntitySchema> schemas, TemplateResolver templates) {
        this.schemas = Map.copyOf(schemas);
        this.compiler = new MappingCompiler(schemas, templates);
    }

    public Analysis analyze(String text, String fileName, int cursor) {
        CompilationResult result = compiler.compile(text, fileName);
        return new Analysis(result.diagnostics(), completions(text, cursor, result.document()));
    }

    private List<Completion> completions(String text, int cursor, @Nullable MappingDocument document) {
        CursorContext at = CursorContext.at(text, cursor);
        List<Completion> out = new ArrayList<>();
        EntitySchema source = document == null || document.source() == null ? null : schemas.get(document.source().text());
        EntitySchema target = document == null || document.target() == null ? null : schemas.get(document.target().text());
        List<String> blocks = blockChain(at);
        if (!at.inValue()) {
            if (at.path().isEmpty()) {
                TOP_KEYS.stream().sorted().forEach(k -> out.add(new Completion(k, Completion.Kind.KEY, "document key", at.wordStart())));
            } else if (at.path().getLast().equals("fields") && target != null) {
                targetFields(target, targetPrefix(blocks), at, out);
            } else if (!blocks.isEmpty() && blockKeyPosition(at)) {
                for (String k : List.of("each", "where", "let", "fields")) {
                    out.add(new Completion(k, Completion.Kind.KEY, "block key", at.wordStart()));
                }
            }
            return filter(out, at.word());
        }
        if (!isExpression(at)) {
            return List.of();
        }
        if (at.afterDot()) {
            ExpressionCompiler.methodNames().forEach(m -> out.add(new Completion(m + "(", Completion.Kind.METHOD,
                    "method on a value", at.wordStart())));
            return filter(out, at.word());
        }
        boolean eachLine = at.key().equals("each") && !blocks.isEmpty();
        List<String> scopeBlocks = eachLine ? blocks.subList(0, blocks.size() - 1) : blocks;
        List<MappingDocument.Block> chain = document == null ? List.of() : resolve(document, scopeBlocks);
        if (source != null) {
            String prefix = itemPrefix(source, chain);
            if (prefix != null) {
                sourceFields(source, prefix, Completion.Kind.ITEM_FIELD, at, out);
            }
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            chain.get(i).lets().forEach(l -> out.add(new Completion(l.name().text(), Completion.Kind.LET, "block let", at.wordStart())));
        }
        if (document != null) {
            document.lets().forEach(l -> out.add(new Completion(l.name().text(), Completion.Kind.LET,
                    "let: " + l.requireExpression().text(), at.wordStart())));
        }
        if (source != null) {
            sourceFields(source, "", Completion.Kind.SOURCE_FIELD, at, out);
        }
        if (!chain.isEmpty()) {
            out.add(new Completion("index", Completion.Kind.NAME, "the item's 0-based position", at.wordStart()));
            out.add(new Completion("parent", Completion.Kind.NAME, "the enclosing record (or item)", at.wordStart()));
            out.add(new Completion("item", Completion.Kind.NAME, "the item itself", at.wordStart()));
        }
        out.add(new Completion("target", Completion.Kind.NAME, "the payload built so far", at.wordStart()));
        out.add(new Completion("profile", Completion.Kind.NAME, "the profile's settings", at.wordStart()));
        FunctionCatalog.names().stream().sorted().forEach(f -> out.add(new Completion(f + "(", Completion.Kind.FUNCTION,
                FunctionCatalog.find(f).signature(), at.wordStart())));
        return filter(out, at.word());
    }

    private static boolean isExpression(CursorContext at) {
        if (at.path().isEmpty()) {
            return EXPRESSION_KEYS.contains(at.key());
        }
        String parent = at.path().getLast();
        return parent.equals("fields") || parent.equals("let") || parent.equals("set") || EXPRESSION_KEYS.contains(at.key());
    }

    private static boolean blockKeyPosition(CursorContext at) {
        List<String> path = at.path();
        return path.size() >= 2 && path.get(path.size() - 2).equals("fields");
    }

    /** The names of the {@code each} blocks the cursor is in: {@code [fields, lines, fields, taxes, fields]} gives lines, taxes. */
    private static List<String> blockChain(CursorContext at) {
        List<String> blocks = new ArrayList<>();
        List<String> path = at.path();
        for (int i = 1; i < path.size(); i++) {
            if (path.get(i - 1).equals("fields")) {
                blocks.add(path.get(i));
            }
        }
        return blocks;
    }

    private static String targetPrefix(List<String> blocks) {
        StringBuilder prefix = new StringBuilder();
        blocks.forEach(b -> prefix.append(b).append("[]."));
        return prefix.toString();
    }

    private static List<MappingDocument.Block> resolve(MappingDocument document, List<String> names) {
        List<MappingDocument.Block> chain = new ArrayList<>();
        List<Entry> fields = document.fields();
        for (String name : names) {
            Entry entry = fields.stream().filter(e -> e.name().text().equals(name) && e.block() != null).findFirst().orElse(null);
            if (entry == null) {
                break;
            }
            chain.add(entry.block());
            fields = entry.block().fields();
        }
        return chain;
    }

    /** {@code each: line_items} then {@code each: taxes} give {@code line_items[].taxes[].}; null when a list is not a plain name. */
    private static @Nullable String itemPrefix(EntitySchema source, List<MappingDocument.Block> chain) {
        if (chain.isEmpty()) {
            return null;
        }
        StringBuilder prefix = new StringBuilder();
        for (MappingDocument.Block block : chain) {
            String each = block.each().text().trim();
            if (!each.matches("[\\p{L}_][\\p{L}\\p{N}_]*")) {
                return null;
            }
            String deeper = prefix + each + "[].";
            if (source.fields().stream().noneMatch(f -> f.name().startsWith(deeper))) {
                return null;
            }
            prefix.setLength(0);
            prefix.append(deeper);
        }
        return prefix.toString();
    }

    private static void sourceFields(EntitySchema source, String prefix, Completion.Kind kind, CursorContext at, List<Completion> out) {
        Map<String, FieldSchema> names = new LinkedHashMap<>();
        for (FieldSchema field : source.fields()) {
            if (field.name().startsWith(prefix)) {
                names.putIfAbsent(field.name().substring(prefix.length()).split("[.\\[]", 2)[0], field);
            }
        }
        names.forEach((name, field) -> out.add(new Completion(name, kind, describe(field), at.wordStart())));
    }

    private static void targetFields(EntitySchema target, String prefix, CursorContext at, List<Completion> out) {
        for (FieldSchema field : target.fields()) {
            if (!field.name().startsWith(prefix)) {
                continue;
            }
            String rest = field.name().substring(prefix.length());
            if (rest.contains("[].")) {
                continue;
            }
            out.add(new Completion(rest, Completion.Kind.TARGET_FIELD, describe(field), at.wordStart()));
        }
    }

    private static String describe(FieldSchema field) {
        StringBuilder detail = new StringBuilder(field.type().name().toLowerCase(Locale.ROOT));
        if (field.required()) {
            detail.append(", required");
        }
        if (field.plugin() != null) {
            detail.append(", plug-in ").append(field.plugin());
        }
        if (field.custom()) {
            detail.append(", custom");
        }
        if (!field.description().isBlank()) {
            detail.append(": ").append(field.description());
        }
        return detail.toString();
    }

    /** The suggestions that start with the word being typed (case-insensitive), each label once. */
    private static List<Completion> filter(List<Completion> all, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Map<String, Completion> kept = new LinkedHashMap<>();
        for (Completion c : all) {
            if (c.label().toLowerCase(Locale.ROOT).startsWith(lower)) {
                kept.putIfAbsent(c.label(), c);
            }
        }
        return List.copyOf(kept.values());
    }
}
