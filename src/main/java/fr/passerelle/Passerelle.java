package fr.passerelle;

import fr.passerelle.cli.PasserelleCommand;

/**
 * Entry point of the jar. With no sub-command (or only Spring options such as
 * {@code --server.port=9090}) it starts the studio; otherwise it runs a picocli command
 * without touching Spring, so {@code --help}, {@code check} or {@code map} answer in under a
 * second and start neither the web server nor the database.
 */
public final class Passerelle {

    private Passerelle() {
    }

    public static void main(String[] args) {
        if (startsStudio(args)) {
            StudioApplication.start(args);
            return;
        }
        System.exit(PasserelleCommand.execute(args));
    }

    static boolean startsStudio(String[] args) {
        if (args.length == 0) {
            return true;
        }
        String first = args[0];
        if ("studio".equals(first)) {
            // "studio --help" prints the help: it must not start a web server and a database
            return java.util.Arrays.stream(args).noneMatch(a -> a.equals("--help") || a.equals("-h")
                    || a.equals("--version") || a.equals("-V"));
        }
        return first.startsWith("--") && !first.equals("--help") && !first.equals("--version");
    }
}
