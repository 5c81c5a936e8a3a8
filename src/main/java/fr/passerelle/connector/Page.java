package fr.passerelle.connector;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of records, in the system's order (oldest change first when reading since a watermark).
 *
 * @param nextCursor where the next page starts, or null when this was the last one
 * @param total the number of matching records when the system says it (X-WP-Total ...), else -1
 */
public record Page(List<CanonicalRecord> records, @Nullable String nextCursor, long total) {

    public Page {
        records = List.copyOf(records);
    }

    public boolean last() {
        return nextCursor == null;
    }
}
