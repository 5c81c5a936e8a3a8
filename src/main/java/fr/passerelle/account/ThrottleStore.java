package fr.passerelle.account;

import fr.passerelle.store.SignInThrottleRepository;
import fr.passerelle.store.SignInThrottleRepository.Entry;
import fr.passerelle.store.SignInThrottleRepository.Kind;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** Where {@link SignInThrottle} keeps its counts: the database in the studio, memory in unit tests. */
interface ThrottleStore {

    Optional<Entry> find(Kind kind, String key);

    Entry update(Kind kind, String key, Instant now, UnaryOperator<Entry> change);

    List<Entry> findAll();

    boolean delete(Kind kind, String key);

    void deleteOlderThan(Instant before);

    static ThrottleStore of(SignInThrottleRepository repository) {
        return new ThrottleStore() {
            @Override
            public Optional<Entry> find(Kind kind, String key) {
                return repository.find(kind, key);
            }

            @Override
            public Entry update(Kind kind, String key, Instant now, UnaryOperator<Entry> change) {
                return repository.update(kind, key, now, change);
            }

            @Override
            public List<Entry> findAll() {
                return repository.findAll();
            }

            @Override
            public boolean delete(Kind kind, String key) {
                return repository.delete(kind, key);
            }

            @Override
            public void deleteOlderThan(Instant before) {
                repository.deleteOlderThan(before);
            }
        };
    }

    static ThrottleStore inMemory() {
        Map<String, Entry> entries = new ConcurrentHashMap<>();
        return new ThrottleStore() {
            @Override
            public Optional<Entry> find(Kind kind, String key) {
                return Optional.ofNullable(entries.get(kind + "|" + key));
            }

            @Override
            public synchronized Entry update(Kind kind, String key, Instant now, UnaryOperator<Entry> change) {
                Entry current = entries.getOrDefault(kind + "|" + key, new Entry(kind, key, 0, now, null, null, null));
                Entry changed = change.apply(current);
                entries.put(kind + "|" + key, changed);
                return changed;
            }

            @Override
            public List<Entry> findAll() {
                return entries.values().stream().filter(e -> e.failures() > 0)
                        .sorted(Comparator.comparing(Entry::lastFailureAt).reversed()).toList();
            }

            @Override
            public boolean delete(Kind kind, String key) {
                return entries.remove(kind + "|" + key) != null;
            }

            @Override
            public void deleteOlderThan(Instant before) {
                entries.values().removeIf(e -> e.lastFailureAt().isBefore(before)
                        && (e.lockedUntil() == null || e.lockedUntil().isBefore(before)));
            }
        };
    }
}
