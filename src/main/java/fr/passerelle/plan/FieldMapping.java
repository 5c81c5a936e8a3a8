package fr.passerelle.plan;

/** One target path and the expression that fills it. */
public record FieldMapping(TargetPath path, CompiledExpression expression) {

    /** The path as written, which names the field in failures. */
    public String name() {
        return path.text();
    }
}
