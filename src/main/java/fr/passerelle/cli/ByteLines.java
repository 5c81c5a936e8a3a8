package fr.passerelle.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads a file of lines as bytes, one line at a time, and decodes each line as strict UTF-8 on
 * its own: a line of invalid UTF-8 or binary data is reported with its number, and the next line
 * reads normally (a {@link java.io.Reader} would replace bad bytes silently, or throw and stop the
 * whole file). A line longer than {@link #MAX_LINE_BYTES} is skipped without being held in memory.
 */
final class ByteLines implements AutoCloseable {

    /** Longest line read: 16 MiB (a record, not a file; its strings must fit a small heap). */
    static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    /** One line: its 1-based number and either its text or why it cannot be read. */
    record Line(long number, @Nullable String text, @Nullable String problem) {
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[1 << 12];
    private long number;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    ByteLines(InputStream in) {
        this(in, MAX_LINE_BYTES);
    }

    ByteLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the file; a final line without '\n' counts. */
    @Nullable Line next() throws IOException {
        int length = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            int start = position;
            int newline = -1;
            for (int i = start; i < limit; i++) {
                if (buffer[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int end = newline < 0 ? limit : newline;
            int chunk = end - start;
            if (!tooLong && length + chunk > maxLineBytes) {
                tooLong = true;
            }
            if (!tooLong) {
                ensure(length + chunk);
                System.arraycopy(buffer, start, line, length, chunk);
                length += chunk;
            }
            position = newline < 0 ? limit : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        number++;
        if (tooLong) {
            return new Line(number, null, "the line is longer than " + maxLineBytes + " bytes");
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return decode(length);
    }

    private Line decode(int length) {
        for (int i = 0; i < length; i++) {
            int b = line[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\r') {
                return new Line(number, null, String.format("binary data: byte 0x%02X at column %d", b, i + 1));
            }
        }
        ByteBuffer bytes = ByteBuffer.wrap(line, 0, length);
        CharBuffer chars = CharBuffer.allocate(length);
        decoder.reset();
        CoderResult result = decoder.decode(bytes, chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (result.isError()) {
            int at = bytes.position();
            return new Line(number, null, "invalid UTF-8 at column " + (at + 1)
                    + (at < length ? String.format(" (byte 0x%02X)", line[at] & 0xff) : ""));
        }
        chars.flip();
        return new Line(number, chars.toString(), null);
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer);
        while (read == 0) {
            read = in.read(buffer);
        }
        if (read < 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    private void ensure(int capacity) {
        if (capacity > line.length) {
            line = Arrays.copyOf(line, Math.max(capacity, Math.min(maxLineBytes, line.length * 2)));
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
