package fr.passerelle.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import jakarta.annotation.PreDestroy;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * Runs the drift and re-sync work of the studio on a background thread (they read a whole shop
 * over HTTP) and hands the result back to the page through {@code UI.access} (push is on), so a
 * comparison never holds a UI or servlet thread.
 */
@Service
class DriftTasks {

    // One at a time: a comparison reads whole catalogues, and two cores are shared by everything.
    private final ExecutorService pool = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("studio-drift-", 1).daemon(true).factory());

    /**
     * The caller must already have checked that the user may see the profile: the work's thread
     * has no signed-in user.
     */
    <T> void start(UI ui, Supplier<T> work, Consumer<T> done, Consumer<String> failed) {
        CompletableFuture.supplyAsync(work, pool).whenComplete((result, error) -> {
            try {
                ui.access(() -> {
                    if (error == null) {
                        done.accept(result);
                    } else {
                        Throwable cause = error.getCause() == null ? error : error.getCause();
                        failed.accept(Objects.requireNonNullElse(cause.getMessage(), cause.getClass().getSimpleName()));
                    }
                });
            } catch (UIDetachedException e) {
                // the user left: the report is stored anyway
            }
        });
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
