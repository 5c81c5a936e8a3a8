package fr.passerelle.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An {@code each} block: builds a target list with one object per kept item of a source list.
 * For each item (in source order) the block's {@code where} decides whether it is kept, its
 * {@code let}s are computed, then its fields build the object, blocks nesting to any depth. A
 * {@code null} list gives {@code null} (the field is left out); an empty list gives {@code []}.
 *
 * @param name the target path the block fills, which names failures ({@code lines[3].quantity})
 */
public record ListBlock(String name, CompiledExpression each, @Nullable CompiledExpression where,
        List<LetBinding> lets, List<FieldMapping> fields) implements CompiledExpression {

    public ListBlock {
        Objects.requireNonNull(name);
        Objects.requireNonNull(each);
        lets = List.copyOf(lets);
        fields = List.copyOf(fields);
    }

    @Override
    public @Nullable Object evaluate(EvaluationContext context) {
        Object value = each.evaluate(context);
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> items)) {
            throw new EvaluationException("'each: " + each.source() + "' must give a list, not " + kind(value));
        }
        List<Object> built = new ArrayList<>(Math.min(items.size(), 64));
        for (int i = 0; i < items.size(); i++) {
            EvaluationContext.Frame frame = context.enter(items.get(i), i, lets.size());
            String step = "where";
            try {
                if (where != null && !Boolean.TRUE.equals(where.evaluate(context))) {
                    continue;
                }
                for (int l = 0; l < lets.size(); l++) {
                    LetBinding let = lets.get(l);
                    step = let.name();
                    frame.setLet(l, EvaluationContext.checkSize(let.expression().evaluate(context)));
                }
                Map<String, @Nullable Object> object = LinkedHashMap.newLinkedHashMap(fields.size());
                for (FieldMapping field : fields) {
                    step = field.name();
                    Object fieldValue = field.expression().evaluate(context);
                    if (fieldValue != null) {
                        field.path().put(object, EvaluationContext.checkSize(fieldValue));
                    }
                }
                built.add(object);
                EvaluationContext.checkSize(built);
                context.checkBudget();
            } catch (BlockFailure inner) {
                throw inner.within(name, i);
            } catch (EvaluationException e) {
                throw new BlockFailure(name + "[" + i + "]." + step, e.getMessage());
            } finally {
                context.leave();
            }
        }
        return built;
    }

    /** What a consultant calls the value that is not a list. */
    private static String kind(Object value) {
        return switch (value) {
            case Map<?, ?> map -> "an object";
            case String text -> "a text";
            case Number number -> "a number";
            case Boolean flag -> "true or false";
            default -> "a date";
        };
    }

    @Override
    public String source() {
        return "each: " + each.source();
    }
}
