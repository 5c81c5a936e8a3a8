package fr.passerelle.plan;

/** A named value computed once per record, before the fields ({@code let:} in the document). */
public record LetBinding(String name, CompiledExpression expression) {
}
