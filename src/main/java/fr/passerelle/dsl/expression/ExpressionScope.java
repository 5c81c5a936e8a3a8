package fr.passerelle.dsl.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an expression may name.
 *
 * @param lets the document's {@code let} names with their index in the plan
 * @param sourceFields the source schema's top-level fields, or null when no schema is given (any name is then a field)
 * @param openSource the source schema allows fields beyond its list (unknown names only warn)
 * @param lookupTables the document's lookup tables
 * @param blocks the {@code each} blocks the expression sits in, outermost first (empty outside blocks)
 */
public record ExpressionScope(Map<String, Integer> lets, @Nullable Set<String> sourceFields, boolean openSource,
        Set<String> lookupTables, List<Block> blocks) {

    /**
     * One enclosing {@code each} block.
     *
     * @param lets the block's own {@code let} names with their index in the block
     * @param itemFields the item's fields from the source schema ({@code line_items[].sku}), or null when unknown
     */
    public record Block(Map<String, Integer> lets, @Nullable Set<String> itemFields) {
        public Block {
            lets = Map.copyOf(lets);
            itemFields = itemFields == null ? null : Set.copyOf(itemFields);
        }
    }

    public ExpressionScope {
        lets = Map.copyOf(lets);
        sourceFields = sourceFields == null ? null : Set.copyOf(sourceFields);
        lookupTables = Set.copyOf(lookupTables);
        blocks = List.copyOf(blocks);
    }

    public ExpressionScope(Map<String, Integer> lets, @Nullable Set<String> sourceFields, boolean openSource,
            Set<String> lookupTables) {
        this(lets, sourceFields, openSource, lookupTables, List.of());
    }

    /** This scope, one block deeper. */
    public ExpressionScope inside(Block block) {
        List<Block> deeper = new ArrayList<>(blocks);
        deeper.add(block);
        return new ExpressionScope(lets, sourceFields, openSource, lookupTables, deeper);
    }

    boolean inBlock() {
        return !blocks.isEmpty();
    }

    /** Names every expression may read besides fields and lets. */
    static final Set<String> CONTEXT_NAMES = Set.of("target", "profile");

    /** Names that only mean something inside an {@code each} block. */
    static final Set<String> BLOCK_NAMES = Set.of("index", "parent", "item");
}
