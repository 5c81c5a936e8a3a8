package fr.passerelle.dsl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the template an {@code extends: erp/shop/flow} names: {@code templates/<ref>.yaml} in the
 * document's folder or any folder above it, then in the working directory, then on the class
 * path (the jar packages the project's {@code templates/}).
 */
@FunctionalInterface
public interface TemplateResolver {

    /** A template's text and the name its diagnostics are reported under. */
    record Template(String fileName, String text) {
    }

    Optional<Template> resolve(String reference, String fromFile);

    /** Resolves nothing: documents with {@code extends} then get an UNKNOWN_TEMPLATE error. */
    static TemplateResolver none() {
        return (reference, fromFile) -> Optional.empty();
    }

    /** The file system (next to the document, upwards, working directory) and then the class path. */
    static TemplateResolver standard() {
        return (reference, fromFile) -> {
            if (!reference.matches("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*") || reference.contains("..")) {
                return Optional.empty();
            }
            String relative = "templates/" + reference + ".yaml";
            Path from = Path.of(fromFile).toAbsolutePath().getParent();
            for (Path dir = from; dir != null; dir = dir.getParent()) {
                Optional<Template> found = read(dir.resolve(relative));
                if (found.isPresent()) {
                    return found;
                }
            }
            Optional<Template> inWorkingDir = read(Path.of(relative));
            if (inWorkingDir.isPresent()) {
                return inWorkingDir;
            }
            try (InputStream in = TemplateResolver.class.getClassLoader().getResourceAsStream(relative)) {
                return in == null ? Optional.empty()
                        : Optional.of(new Template("classpath:" + relative, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static Optional<Template> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Template(file.toString(), Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
