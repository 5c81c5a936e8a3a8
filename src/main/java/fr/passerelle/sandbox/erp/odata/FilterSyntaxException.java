package fr.passerelle.sandbox.erp.odata;

/** The {@code $filter} text is not valid OData v3: the sandbox answers 400, as Acumatica does. */
public final class FilterSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int position;

    public FilterSyntaxException(String message, int position) {
        super(message + " at position " + position);
        this.position = position;
    }

    /** Zero-based offset in the filter text where the problem was found. */
    public int position() {
        return position;
    }
}
