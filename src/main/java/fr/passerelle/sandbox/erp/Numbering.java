package fr.passerelle.sandbox.erp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Auto-numbering sequences, one per document series, as Acumatica's numbering sequences (CS201010). */
final class Numbering {

    private final Map<String, AtomicInteger> series = new ConcurrentHashMap<>();

    String next(String seriesId, String prefix) {
        int value = series.computeIfAbsent(seriesId, k -> new AtomicInteger(1000)).incrementAndGet();
        return prefix + String.format("%06d", value);
    }
}
