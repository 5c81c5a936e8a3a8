package fr.passerelle.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Every request a sandbox answered, so tests assert on what a flow really sent ("the second
 * run made zero writes").
 */
public final class RequestLog {

    /** One answered request. */
    public record Entry(String method, String path, String query, int status) {

        public boolean isWrite() {
            return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    synchronized void add(Entry entry) {
        entries.add(entry);
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    public synchronized long count(Predicate<Entry> which) {
        return entries.stream().filter(which).count();
    }

    public synchronized long writes() {
        return count(Entry::isWrite);
    }

    public synchronized void clear() {
        entries.clear();
    }
}
