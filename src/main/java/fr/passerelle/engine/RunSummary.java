package fr.passerelle.engine;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Counts of a run, and for a dry run how many records change each field:
 * "312 regular_price change, 4 status change, 2 skipped".
 */
public record RunSummary(boolean dryRun, int created, int updated, int unchanged, int skipped, int failed,
        Map<String, Integer> fieldChanges, Status status) {

    public enum Status {
        SUCCEEDED,
        /** Finished, with records that failed alone. */
        PARTIAL,
        /** Stopped: the source or target could not be reached after retries. */
        FAILED
    }

    public RunSummary {
        fieldChanges = Map.copyOf(fieldChanges);
    }

    public int total() {
        return created + updated + unchanged + skipped + failed;
    }

    public int writes() {
        return created + updated;
    }

    /** One line for the command line and the studio. */
    public String describe() {
        String verb = dryRun ? "would create " : "created ";
        String line = verb + created + ", " + (dryRun ? "would update " : "updated ") + updated + ", unchanged "
                + unchanged + ", skipped " + skipped + ", failed " + failed;
        if (!fieldChanges.isEmpty()) {
            line += "; " + new TreeMap<>(fieldChanges).entrySet().stream()
                    .sorted((a, b) -> b.getValue() - a.getValue())
                    .map(e -> e.getValue() + " " + e.getKey() + " change")
                    .collect(Collectors.joining(", "));
        }
        return line + " [" + status + "]";
    }
}
