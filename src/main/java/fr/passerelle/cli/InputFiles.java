package fr.passerelle.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Reads a file a user named on the command line as UTF-8 text. A missing, unreadable or
 * non-UTF-8 file is bad usage (exit 2) said in one line: which file, and for bad bytes where
 * (line, column and byte offset), instead of the decoder's "Input length = 1".
 */
final class InputFiles {

    private InputFiles() {
    }

    /**
     * @param what how the command names the file in messages ({@code --in file}, {@code mapping file})
     * @throws CommandLine.ParameterException when the file cannot be used
     */
    static String readUtf8(CommandSpec spec, String what, Path file) {
        if (!Files.exists(file)) {
            throw usage(spec, "no such " + what + ": " + file);
        }
        if (!Files.isRegularFile(file)) {
            throw usage(spec, what + ": not a file: " + file);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw usage(spec, what + ": cannot read " + file + ": " + ErrorLines.describe(e));
        }
        try {
            return decoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw usage(spec, what + ": " + file + " is not UTF-8 text: " + firstBadByte(bytes));
        }
    }

    /** "byte 0xFF at line 3, column 7 (offset 41)": where a UTF-8 decoder first stops. */
    static String firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = decoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        int offset = result.isError() ? in.position() : bytes.length;
        int line = 1;
        int column = 1;
        for (int i = 0; i < out.position(); i++) {
            if (out.get(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        String value = offset < bytes.length ? String.format("0x%02X", bytes[offset] & 0xFF) : "end of file";
        return "invalid byte " + value + " at line " + line + ", column " + column + " (byte offset " + offset + ")";
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static CommandLine.ParameterException usage(CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
