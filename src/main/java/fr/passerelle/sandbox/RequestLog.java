package fr.passerelle.sandbox;

import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Predicate;

/**
 * The requests a sandbox answered, so tests assert on what a flow really sent ("the second
 * run made zero writes"). A ring: only the last {@value #CAPACITY} entries are kept (a sandbox
 * left running must not fill the memory); {@link #total()} and {@link #writes()} still count
 * every request since the last {@link #clear()}.
 */
public final class RequestLog {

    public static final int CAPACITY = 10_000;

    /** One answered request. */
    public record Entry(String method, String path, String query, int status) {

        public boolean isWrite() {
            return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
        }
    }

    private final int capacity;
    private final ArrayDeque<Entry> entries;
    private long total;
    private long writes;

    public RequestLog() {
        this(CAPACITY);
    }

    RequestLog(int capacity) {
        this.capacity = capacity;
        this.entries = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    synchronized void add(Entry entry) {
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(entry);
        total++;
        if (entry.isWrite()) {
            writes++;
        }
    }

    /** The kept entries, oldest first (at most {@value #CAPACITY}). */
    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** How many of the kept entries match. */
    public synchronized long count(Predicate<Entry> which) {
        return entries.stream().filter(which).count();
    }

    /** Every write since the last clear, kept or already dropped from the ring. */
    public synchronized long writes() {
        return writes;
    }

    /** Every request since the last clear, kept or already dropped from the ring. */
    public synchronized long total() {
        return total;
    }

    public synchronized void clear() {
        entries.clear();
        total = 0;
        writes = 0;
    }
}
