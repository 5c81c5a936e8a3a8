package fr.passerelle.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the command line in a JVM of its own, as a user's shell would: its own environment
 * variables, its own standard input, its exit code. The test JVM's class path is the jar's.
 */
record ChildJvm(int exitCode, String out, String err) {

    static ChildJvm run(Map<String, String> environment, String stdin, String... args) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:off", "-cp", System.getProperty("java.class.path"), "fr.passerelle.Passerelle"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        var out = process.getInputStream();
        var err = process.getErrorStream();
        var outText = new java.util.concurrent.CompletableFuture<String>();
        Thread.ofVirtual().start(() -> {
            try {
                outText.complete(new String(out.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                outText.completeExceptionally(e);
            }
        });
        String errText = new String(err.readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the command did not end within 120 s: " + args[0]);
        }
        return new ChildJvm(process.exitValue(), outText.join(), errText);
    }
}
