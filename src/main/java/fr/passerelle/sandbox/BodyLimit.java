package fr.passerelle.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * The largest request body a sandbox accepts ({@value #MAX_BYTES} bytes, 1 MiB): a sandbox keeps
 * what it is sent in memory, so a bigger body is refused with 413, whether it announced its
 * length or came chunked.
 */
public final class BodyLimit {

    public static final int MAX_BYTES = 1024 * 1024;

    private BodyLimit() {
    }

    /** True when the announced length (-1: none) is already too big: refuse before reading. */
    public static boolean announcedTooLarge(long contentLength) {
        return contentLength > MAX_BYTES;
    }

    /** Reads the whole body, or empty as soon as it passes the limit (the rest is left unread). */
    public static Optional<byte[]> read(InputStream in) throws IOException {
        return read(in, MAX_BYTES);
    }

    static Optional<byte[]> read(InputStream in, int max) throws IOException {
        byte[] buffer = new byte[Math.min(max + 1, 8192)];
        int size = 0;
        while (true) {
            if (size == buffer.length) {
                if (size > max) {
                    return Optional.empty();
                }
                buffer = Arrays.copyOf(buffer, Math.min(max + 1, buffer.length * 2));
            }
            int n = in.read(buffer, size, buffer.length - size);
            if (n < 0) {
                return Optional.of(Arrays.copyOf(buffer, size));
            }
            size += n;
            if (size > max) {
                return Optional.empty();
            }
        }
    }

    /** The answer to a body past the limit. */
    public static SandboxResponse tooLarge() {
        return SandboxResponse.json(413, "{\"message\":\"request body larger than " + MAX_BYTES + " bytes\"}");
    }
}
