package fr.passerelle.platform;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Before any bean exists: refuses to start, in one sentence, when the embedded PostgreSQL could
 * not run from this data folder (see {@link ClusterLocation#preflight}). Failing here rather than
 * in the database bean spares the user Spring's context-failure report around that sentence.
 * Registered in {@code META-INF/spring.factories}.
 */
public final class EmbeddedDatabasePreflight implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        String url = environment.getProperty("spring.datasource.url");
        if (url != null && !url.isBlank()) {
            return;
        }
        PasserelleProperties properties = Binder.get(environment)
                .bindOrCreate("passerelle", Bindable.of(PasserelleProperties.class));
        if (properties.database().throwaway()) {
            return; // tests: their folders are the tests' business
        }
        java.nio.file.Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        if (java.nio.file.Files.exists(dataDir) && !java.nio.file.Files.isDirectory(dataDir)) {
            throw new StartupRefusedException("The data folder " + dataDir
                    + " is not a folder: set PASSERELLE_DATA_DIR to a folder (it is created if missing).");
        }
        ServerAccount account = ServerAccount.detect();
        ClusterLocation.preflight(dataDir, account, properties.database().serverFolder());
        java.nio.file.Path binaries = PostgresBinaries.home(dataDir, account, properties.database().serverFolder());
        java.util.Optional<java.nio.file.Path> unsafe = FolderSafety.writableByOthers(binaries.getParent());
        if (unsafe.isPresent()) {
            throw new StartupRefusedException("The PostgreSQL binaries cannot be kept in " + binaries.getParent()
                    + " because another account can write to " + unsafe.get() + ".");
        }
    }
}
