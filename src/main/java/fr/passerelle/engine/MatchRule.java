package fr.passerelle.engine;

/**
 * What the engine does with an ERP record that has no binding yet when the shop already holds a
 * record with the same match value (SKU, e-mail): take it over (the default), or leave both alone
 * and report it, so that a person decides (binds it by hand, or switches back to adopting).
 * Never "create anyway": not every shop keeps SKUs unique, and a second product with the same SKU
 * is exactly what the registry exists to prevent.
 */
public enum MatchRule {
    /** The shop record with the same match value is bound and updated. */
    ADOPT,
    /** The record is skipped with the shop record's id in its reason; nothing is written. */
    REPORT
}
