package fr.passerelle.dsl;

import java.util.Objects;

/**
 * A text value of the document (an expression, a name, a key) with where each of its characters
 * came from, so that a problem at character 12 of an expression is reported at its real line
 * and column, whether the scalar was plain, quoted, folded or a literal block.
 */
public final class Scalar {

    private final String text;
    private final SourceFile file;
    private final int[] sourceIndex;

    Scalar(String text, SourceFile file, int[] sourceIndex) {
        this.text = text;
        this.file = file;
        this.sourceIndex = sourceIndex;
    }

    /** A scalar that exists in no file (built by code, e.g. in tests). */
    public static Scalar synthetic(String text, Position at) {
        SourceFile file = new SourceFile(at.file(), "\n".repeat(Math.max(0, at.line() - 1)) + " ".repeat(Math.max(0, at.column() - 1)) + text);
        int base = file.text().length() - text.length();
        int[] index = new int[text.length() + 1];
        for (int i = 0; i <= text.length(); i++) {
            index[i] = base + i;
        }
        return new Scalar(text, file, index);
    }

    public String text() {
        return text;
    }

    /** Where the value starts. */
    public Position position() {
        return positionOf(0);
    }

    /** Where the character at {@code offset} of the text came from. */
    public Position positionOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, sourceIndex.length - 1));
        return file.position(sourceIndex[clamped]);
    }

    public String file() {
        return file.name();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Scalar s && s.text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
