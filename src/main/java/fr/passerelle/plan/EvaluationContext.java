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

    EvaluationContext(MappingPlan plan, Map<String, ?> record, Map<String, ?> profile) {
        this.plan = plan;
        this.record = record;
        this.profile = profile;
        this.lets = new Object[plan.lets().size()];
        this.target = LinkedHashMap.newLinkedHashMap(plan.payloadSize());
        // The precise clock here (once per record): the coarse one may lag, which only ever
        // lengthens a budget, never cuts a record short.
        this.deadline = System.nanoTime() / 1_000_000 + plan.budget().toMillis();
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
        if (CoarseClock.millis() > deadline) {
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
