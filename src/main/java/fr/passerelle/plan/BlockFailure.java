package fr.passerelle.plan;

/**
 * An expression failed inside an {@code each} block: the message names the item's path with its
 * index ({@code lines[3].quantity: ...}) so the consultant finds the line at once.
 */
public final class BlockFailure extends EvaluationException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String reason;

    BlockFailure(String path, String reason) {
        super(path + ": " + reason);
        this.path = path;
        this.reason = reason;
    }

    /** Where it failed, from the record: {@code lines[3].taxes[0].amount}. */
    public String path() {
        return path;
    }

    /** Why, without the path. */
    public String reason() {
        return reason;
    }

    /** This failure seen from the enclosing block's item {@code index} of list {@code name}. */
    BlockFailure within(String name, int index) {
        return new BlockFailure(name + "[" + index + "]." + path, reason);
    }
}
