package fr.passerelle.sandbox.erp.odata;

/**
 * One lexical token of a filter.
 *
 * @param type what kind of token
 * @param text the identifier, the decoded string, the number's digits, or the typed literal's body
 * @param qualifier for typed literals the type prefix ({@code datetimeoffset}, {@code guid}); for
 *     numbers the suffix ({@code M}, {@code L}...); otherwise empty
 * @param position offset of the token in the filter text
 */
record Token(Type type, String text, String qualifier, int position) {

    enum Type {
        IDENTIFIER,
        STRING,
        NUMBER,
        TYPED_LITERAL,
        BARE_DATETIME,
        OPEN,
        CLOSE,
        COMMA,
        SLASH,
        EQUALS,
        END
    }

    boolean isWord(String word) {
        return type == Type.IDENTIFIER && text.equals(word);
    }
}
