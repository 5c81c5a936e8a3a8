package fr.passerelle.dsl.editor;

/**
 * One suggestion for the editor at the cursor.
 *
 * @param label what is inserted ({@code Caption}, {@code fmt(})
 * @param kind what it is
 * @param detail its type, signature or description, for the suggestion list
 * @param replaceFrom offset in the document text where the word being typed starts (the suggestion replaces it up to the cursor)
 */
public record Completion(String label, Kind kind, String detail, int replaceFrom) {

    /** What a suggestion is. */
    public enum Kind { SOURCE_FIELD, ITEM_FIELD, TARGET_FIELD, LET, FUNCTION, METHOD, NAME, KEY }
}
