package fr.passerelle.plan;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The state of one record's evaluation: the source record, the profile's settings, the
 * {@code let} values computed so far, the payload being built ({@code target}) and the time
 * budget. Created by {@link MappingPlan#apply} for each record and used by one thread only.
 */
public final class EvaluationContext {

    /** Longest text an expression may build: stops "huge string" expressions before memory runs out. */
    public static final int MAX_TEXT_LENGTH = 1_000_000;
    /** Longest list an expression may build. */
    public static final int MAX_LIST_SIZE = 100_000;

    private final MappingPlan plan;
    private final Map<String, ?> record;
    private final Map<String, ?> profile;
    private final @Nullable Object[] lets;
    private final Map<String, @Nullable Object> target;
    private final long deadline;
    private @Nullable Frame frame;

    /**
     * One item of an {@code each} block being mapped: the item, its position among the source
     * items, the block's {@code let} values, and the frame around it (null at the record).
     */
    public static final class Frame {
        private final @Nullable Object item;
        private final Map<String, ?> fields;
        private final int index;
        private final @Nullable Object[] lets;
        private final @Nullable Frame outer;
        private final @Nullable Object parent;

        Frame(@Nullable Object item, int index, int lets, @Nullable Frame outer, @Nullable Object parent) {
            this.item = item;
            this.fields = item instanceof Map<?, ?> map ? castFields(map) : Map.of();
            this.index = index;
            this.lets = new Object[lets];
            this.outer = outer;
            this.parent = parent;
        }

        @SuppressWarnings("unchecked")
        private static Map<String, ?> castFields(Map<?, ?> map) {
            return (Map<String, ?>) map;
        }

        /** The item itself (an object, or a plain value for a list of texts or numbers). */
        public @Nullable Object item() {
            return item;
        }

        /** The item's fields (empty when the item is not an object). */
        public Map<String, ?> fields() {
            return fields;
        }

        /** The item's 0-based position among the source items (before {@code where}). */
        public int index() {
            return index;
        }

        public @Nullable Object let(int slot) {
            return lets[slot];
        }

        void setLet(int slot, @Nullable Object value) {
            lets[slot] = value;
        }

        /** The frame of the enclosing block, or null when the block is at the record's level. */
        public @Nullable Frame outer() {
            return outer;
        }

        /** The enclosing record, or the enclosing item when blocks nest. */
        public @Nullable Object parent() {
            return parent;
        }
    }

    private final java.util.function.@Nullable BooleanSupplier abandoned;

    EvaluationContext(MappingPlan plan, Map<String, ?> record, Map<String, ?> profile,
            java.util.function.@Nullable BooleanSupplier abandoned) {
        this.abandoned = abandoned;
        this.plan = plan;
        this.record = record;
        this.profile = profile;
        this.lets = new Object[plan.lets().size()];
        this.target = LinkedHashMap.newLinkedHashMap(plan.payloadSize());
        // The precise clock here (once per record): the coarse one may lag, which only ever
        // lengthens a budget, never cuts a record short.
        this.deadline = System.nanoTime() / 1_000_000 + plan.budget().toMillis();
    }

    /** The innermost {@code each} item being mapped, or null at the record's level. */
    public @Nullable Frame frame() {
        return frame;
    }

    Frame enter(@Nullable Object item, int index, int lets) {
        Object parent = frame == null ? record : frame.item;
        frame = new Frame(item, index, lets, frame, parent);
        return frame;
    }

    void leave() {
        frame = frame == null ? null : frame.outer;
    }

    /** A source field's value (null when absent). */
    public @Nullable Object field(String name) {
        return record.get(name);
    }

    /** The value of the {@code let} at this index in the plan. */
    public @Nullable Object let(int index) {
        return lets[index];
    }

    void setLet(int index, @Nullable Object value) {
        lets[index] = value;
    }

    /** Any name an expression may read: a {@code let}, {@code target}, {@code profile}, or a source field. */
    public @Nullable Object variable(String name) {
        int let = plan.letIndex(name);
        if (let >= 0) {
            return lets[let];
        }
        if ("target".equals(name)) {
            return target;
        }
        if ("profile".equals(name)) {
            return profile;
        }
        return record.get(name);
    }

    /** Whether {@link #variable} knows this name (fields absent from the record are still "known": null). */
    public boolean hasVariable(String name) {
        return plan.letIndex(name) >= 0 || "target".equals(name) || "profile".equals(name)
                || record.containsKey(name);
    }

    public Map<String, ?> record() {
        return record;
    }

    public Map<String, ?> profile() {
        return profile;
    }

    /** The payload built so far: rules read it as {@code target}. */
    public Map<String, @Nullable Object> target() {
        return target;
    }

    public LookupTable lookupTable(String name) {
        LookupTable table = plan.lookups().get(name);
        if (table == null) {
            throw new EvaluationException("no lookup table named '" + name + "'");
        }
        return table;
    }

    /** Fails the record when its time budget is spent; cheap enough to call between every step. */
    public void checkBudget() {
        if (CoarseClock.millis() > deadline || (abandoned != null && abandoned.getAsBoolean())) {
            throw new BudgetExceededException("the record took longer than its time budget of "
                    + plan.budget().toMillis() + " ms");
        }
    }

    /** Fails the record when a value is too large (a text over a million characters, a huge list). */
    public static @Nullable Object checkSize(@Nullable Object value) {
        if (value instanceof CharSequence text && text.length() > MAX_TEXT_LENGTH) {
            throw new BudgetExceededException("a text longer than " + MAX_TEXT_LENGTH + " characters was built");
        }
        if (value instanceof Collection<?> list && list.size() > MAX_LIST_SIZE) {
            throw new BudgetExceededException("a list longer than " + MAX_LIST_SIZE + " items was built");
        }
        return value;
    }
}
