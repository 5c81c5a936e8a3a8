package fr.passerelle.cli;

import fr.passerelle.connector.ConnectorException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import tools.jackson.core.JacksonException;

/**
 * Turns any failure of a command into the one line a user reads on standard error: no class
 * names of ours, no stack frames, no "null". Whatever the exception, the line names what was
 * being done and why it failed.
 */
final class ErrorLines {

    private static final int MAX = 400;

    private ErrorLines() {
    }

    /** One line, without the {@code error: } prefix. */
    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String line = known(t);
            if (line != null) {
                return clip(line);
            }
        }
        String message = firstMessage(failure);
        return clip(message != null ? message : "unexpected " + failure.getClass().getSimpleName()
                + " (no message); please report it");
    }

    private static String known(Throwable t) {
        return switch (t) {
            case ConnectorException e -> e.getMessage();
            case fr.passerelle.platform.StartupRefusedException e -> e.getMessage();
            case JacksonException e -> "the answer is not valid JSON: " + e.getOriginalMessage();
            case NoSuchFileException e -> "no such file: " + e.getFile();
            case AccessDeniedException e -> "permission denied: " + e.getFile();
            case CharacterCodingException e -> "the file is not UTF-8 text";
            case UncheckedIOException e when e.getMessage() != null -> e.getMessage();
            default -> null;
        };
    }

    private static String firstMessage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return null;
    }

    /** Collapses line breaks (exception messages sometimes hold a whole server answer). */
    static String clip(String text) {
        String line = text.strip().replaceAll("\\s*\\R\\s*", " ");
        return line.length() <= MAX ? line : line.substring(0, MAX) + "...";
    }
}
