package fr.passerelle.cli;

import picocli.CommandLine.Command;

/** Documents the default command in {@code --help}; the entry point starts the studio itself. */
@Command(name = "studio", description = "Start the studio (the default when no command is given).")
final class StudioCommand implements Runnable {

    @Override
    public void run() {
        throw new IllegalStateException("the studio is started by the entry point, before picocli");
    }
}
