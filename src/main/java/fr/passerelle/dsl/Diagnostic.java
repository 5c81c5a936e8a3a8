package fr.passerelle.dsl;

/**
 * One problem in a mapping document, where a consultant can find it.
 *
 * @param severity errors make the document unusable; warnings do not
 * @param file the file the problem is in (a template's, for problems inherited through {@code extends})
 * @param line 1-based line
 * @param column 1-based column (of the key, or of the character inside an expression)
 * @param code stable code, documented in {@code dsl/README.md}
 * @param message what is wrong and, where possible, how to fix it
 */
public record Diagnostic(Severity severity, String file, int line, int column, String code, String message) {

    public enum Severity { ERROR, WARNING }

    public static Diagnostic error(Position at, String code, String message) {
        return new Diagnostic(Severity.ERROR, at.file(), at.line(), at.column(), code, message);
    }

    public static Diagnostic warning(Position at, String code, String message) {
        return new Diagnostic(Severity.WARNING, at.file(), at.line(), at.column(), code, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code FILE:LINE:COL: message}, warnings marked as such: the line {@code check} prints. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + (isError() ? "" : "warning: ") + message + " [" + code + "]";
    }
}
