package fr.passerelle.cli;

import fr.passerelle.dsl.Diagnostic;
import fr.passerelle.dsl.compiler.CompilationResult;
import fr.passerelle.plan.MappingPlan;
import fr.passerelle.plan.MappingResult;
import fr.passerelle.plan.Watchdog;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code map}: runs a mapping over a JSON-lines file, one record at a time (memory stays flat
 * whatever the input size), payloads out in input order, failures to the error file.
 */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = {"Map records (one JSON object per line) with a mapping document.",
            "Writes one payload per line in input order; skipped and failed records are not written.",
            "A bad line (invalid UTF-8, binary, malformed JSON, number out of range) fails alone: the next lines map.",
            "Prints 'mapped N, skipped N, failed N' on stderr. Exit 0: run completed, 1: invalid mapping, 2: bad usage."})
final class MapCommand implements Callable<Integer> {

    @Spec
    @Nullable CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MAPPING.yaml", description = "the mapping document")
    @Nullable Path mapping;

    @Option(names = "--in", required = true, paramLabel = "IN.jsonl", description = "input records, one JSON object per line")
    @Nullable Path in;

    @Option(names = "--out", paramLabel = "OUT.jsonl", description = "payloads (default: standard output)")
    @Nullable Path out;

    @Option(names = "--errors", paramLabel = "ERR.jsonl",
            description = {"failures as {\"line\":N,\"key\":...,\"field\":...,\"error\":...}; an unreadable line",
                "(invalid UTF-8, binary, bad JSON, number out of range) as {\"line\":N,\"error\":...} (default: standard error)"})
    @Nullable Path errors;

    @Option(names = "--schemas", paramLabel = "DIR|builtin",
            description = "folder of entity schemas to check the mapping against, or 'builtin' (the connectors' own)")
    @Nullable String schemas;

    @Option(names = "--profile", paramLabel = "PROFILE.json", description = "the profile settings expressions read as 'profile'")
    @Nullable Path profile;

    @Override
    public Integer call() throws IOException {
        CommandSpec command = spec;
        if (command == null || mapping == null || in == null) {
            throw new IllegalStateException("picocli fills the required parameters");
        }
        if (!Files.isRegularFile(in)) {
            throw new CommandLine.ParameterException(command.commandLine(), "--in: no such file: " + in);
        }
        Map<String, @Nullable Object> settings = readProfile(command);
        CompilationResult result = MappingFiles.compile(command, mapping, schemas);
        PrintWriter err = command.commandLine().getErr();
        if (result.hasErrors() || result.plan() == null) {
            result.diagnostics().stream().map(Diagnostic::format).forEach(err::println);
            err.flush();
            return 1;
        }
        Counts counts;
        try {
            counts = run(result.plan(), settings, err);
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("map: cannot read or write: " + e.getMessage());
            err.flush();
            return 1;
        }
        err.println("mapped " + counts.mapped + ", skipped " + counts.skipped + ", failed " + counts.failed);
        err.flush();
        return 0;
    }

    private Map<String, @Nullable Object> readProfile(CommandSpec command) throws IOException {
        if (profile == null) {
            return Map.of();
        }
        if (!Files.isRegularFile(profile)) {
            throw new CommandLine.ParameterException(command.commandLine(), "--profile: no such file: " + profile);
        }
        try {
            return JsonLines.readRecord(Files.readString(profile));
        } catch (JsonLines.BadLineException | IOException e) {
            throw new CommandLine.ParameterException(command.commandLine(), "--profile: " + profile + ": " + e.getMessage());
        }
    }

    private static final class Counts {
        long mapped;
        long skipped;
        long failed;
    }

    /** How many records are mapped at once, under the watchdog: one hand-off per chunk, a bounded memory. */
    static final int CHUNK = 256;

    /** A line of the input waiting for its chunk: a record to map, or the reason it is not one. */
    private record Pending(long line, @Nullable Map<String, @Nullable Object> record, @Nullable String problem) {
    }

    /**
     * Streams the input: a chunk of lines in memory at a time, read as bytes and decoded strictly
     * ({@link ByteLines}), so that a line of invalid UTF-8, binary data, malformed JSON or an
     * out-of-range number is one failure, {@code {"line":N,"error":"..."}}, and the next line maps.
     * Each chunk's records are mapped under the {@link Watchdog}: a record whose evaluation does not
     * come back within its budget fails alone. Outputs keep the input's order.
     */
    private Counts run(MappingPlan plan, Map<String, @Nullable Object> settings, PrintWriter err) throws IOException {
        Counts counts = new Counts();
        try (ByteLines reader = new ByteLines(Files.newInputStream(in));
                Writer payloads = open(out, System.out);
                Writer failures = errors == null ? null : open(errors, System.err)) {
            Writer failureSink = failures != null ? failures : err;
            List<Pending> chunk = new ArrayList<>(CHUNK);
            int records = 0;
            ByteLines.Line line;
            while ((line = reader.next()) != null) {
                String text = line.text();
                if (text != null && text.isBlank()) {
                    continue;
                }
                String problem = line.problem();
                Map<String, @Nullable Object> record = null;
                if (problem == null && text != null) {
                    try {
                        record = JsonLines.readRecord(text);
                    } catch (JsonLines.BadLineException e) {
                        problem = e.getMessage();
                    }
                }
                chunk.add(new Pending(line.number(), record == null ? null : canonicalFields(record),
                        record == null ? (problem == null ? "unreadable" : problem) : null));
                if (record != null && ++records == CHUNK) {
                    flush(plan, settings, chunk, counts, payloads, failureSink);
                    records = 0;
                }
            }
            flush(plan, settings, chunk, counts, payloads, failureSink);
            failureSink.flush();
        }
        return counts;
    }

    private static void flush(MappingPlan plan, Map<String, @Nullable Object> settings, List<Pending> chunk, Counts counts,
            Writer payloads, Writer failures) throws IOException {
        List<Map<String, @Nullable Object>> records = new ArrayList<>(chunk.size());
        for (Pending pending : chunk) {
            if (pending.record() != null) {
                records.add(pending.record());
            }
        }
        List<MappingResult> results = Watchdog.applyAll(plan, records, settings);
        int next = 0;
        for (Pending pending : chunk) {
            if (pending.record() == null) {
                counts.failed++;
                failures.write(badLine(pending.line(), pending.problem()));
                failures.write('\n');
            } else {
                write(results.get(next++), pending.line(), counts, payloads, failures);
            }
        }
        chunk.clear();
    }

    private static void write(MappingResult result, long lineNumber, Counts counts, Writer payloads, Writer failures)
            throws IOException {
        switch (result) {
            case MappingResult.Mapped m -> {
                String json;
                try {
                    json = JsonLines.write(m.payload());
                } catch (RuntimeException e) {
                    counts.failed++;
                    failures.write(failure(lineNumber, new MappingResult.Failed(m.key(), "",
                            "the payload cannot be written as JSON: " + firstLine(e))));
                    failures.write('\n');
                    return;
                }
                counts.mapped++;
                payloads.write(json);
                payloads.write('\n');
            }
            case MappingResult.Skipped s -> counts.skipped++;
            case MappingResult.Failed f -> {
                counts.failed++;
                failures.write(failure(lineNumber, f));
                failures.write('\n');
            }
        }
    }

    private static String firstLine(RuntimeException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }

    private static String badLine(long line, String problem) {
        Map<String, @Nullable Object> json = new LinkedHashMap<>();
        json.put("line", line);
        json.put("error", problem);
        return JsonLines.write(json);
    }

    /**
     * A line written by {@code connector SYSTEM read} is a canonical record
     * ({@code {"entity", "key", "modifiedAt", "fields"}}): map its fields, so the two commands pipe.
     */
    @SuppressWarnings("unchecked")
    static Map<String, @Nullable Object> canonicalFields(Map<String, @Nullable Object> record) {
        if (record.get("fields") instanceof Map<?, ?> fields && record.get("entity") instanceof String
                && record.containsKey("key")) {
            return (Map<String, @Nullable Object>) fields;
        }
        return record;
    }

    private static String failure(long line, MappingResult.Failed failed) {
        Map<String, @Nullable Object> json = new LinkedHashMap<>();
        json.put("line", line);
        json.put("key", failed.key());
        json.put("field", failed.field());
        json.put("error", failed.error());
        return JsonLines.write(json);
    }

    private static Writer open(@Nullable Path file, java.io.PrintStream fallback) throws IOException {
        if (file == null) {
            return new BufferedWriter(new OutputStreamWriter(new UncloseableStream(fallback), StandardCharsets.UTF_8), 1 << 16);
        }
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    /** Standard output stays open after the command (tests run commands in-process). */
    private static final class UncloseableStream extends java.io.FilterOutputStream {
        UncloseableStream(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
