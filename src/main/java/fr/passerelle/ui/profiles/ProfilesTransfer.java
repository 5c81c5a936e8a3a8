package fr.passerelle.ui.profiles;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.passerelle.account.NotAllowedException;
import fr.passerelle.account.ProfilesAsCode;
import fr.passerelle.account.StudioAccess;
import fr.passerelle.store.TenantRepository;
import fr.passerelle.store.TenantRepository.Tenant;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Profiles as code in the studio (MAP-5): a client's profiles downloaded as a zip of the same YAML
 * files {@code profile export} writes, and such a zip uploaded into a client (created if missing,
 * administrators only then). Secrets are never in the zip: the imported profiles wait for them on
 * their settings page.
 */
public final class ProfilesTransfer extends HorizontalLayout {

    private static final int MAX_BYTES = 5 * 1024 * 1024;

    public ProfilesTransfer(StudioAccess access, ProfilesAsCode code, TenantRepository tenants) {
        setAlignItems(Alignment.BASELINE);
        setWrap(true);
        setId("profiles-transfer");
        Select<Tenant> client = new Select<>();
        client.setId("export-client");
        client.setLabel(getTranslation("transfer.client"));
        client.setItemLabelGenerator(Tenant::name);
        var manageable = tenants.findAll().stream().filter(t -> access.canManageTenant(t.id())).toList();
        client.setItems(manageable);
        if (!manageable.isEmpty()) {
            client.setValue(manageable.getFirst());
        }
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            Tenant chosen = client.getValue();
            if (chosen == null) {
                return DownloadResponse.error(404);
            }
            access.requireTenantManager(chosen.id());
            Path dir = Files.createTempDirectory("passerelle-export");
            try {
                code.export(chosen.name(), dir);
                byte[] zip = zip(dir);
                return new DownloadResponse(new ByteArrayInputStream(zip), "profiles-" + chosen.id() + ".zip",
                        "application/zip", zip.length);
            } finally {
                delete(dir);
            }
        }), getTranslation("transfer.download"));
        download.setId("export-download");
        download.getElement().setAttribute("download", true);

        TextField into = new TextField(getTranslation("transfer.into"));
        into.setId("import-client");
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = UI.getCurrent();
            String name = into.getValue().strip();
            try {
                if (name.isEmpty()) {
                    throw new IllegalArgumentException(getTranslation("transfer.nameFirst"));
                }
                var existing = tenants.findByName(name);
                if (existing.isPresent()) {
                    access.requireTenantManager(existing.get().id());
                } else {
                    access.requireAdmin();
                }
                Path dir = Files.createTempDirectory("passerelle-import");
                try {
                    unzip(bytes, dir);
                    var done = code.importFrom(dir, name, variable -> null, access.current().username(), true);
                    Notification.show(getTranslation("transfer.imported", done.profiles().size(), done.tenant(),
                            String.join(", ", done.missing())), 10000, Notification.Position.BOTTOM_END)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    ui.getPage().reload();
                } finally {
                    delete(dir);
                }
            } catch (IllegalArgumentException | NotAllowedException | java.io.UncheckedIOException e) {
                Notification.show(e.getMessage(), 8000, Notification.Position.BOTTOM_END)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes("application/zip", ".zip");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setDropAllowed(false);
        add(client, download, into, upload);
    }

    private static byte[] zip(Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(dir.relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Entries stay inside the folder (no '..', no absolute path), files are small YAML texts. */
    private static void unzip(byte[] data, Path dir) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(data))) {
            long total = 0;
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path target = dir.resolve(entry.getName()).normalize();
                if (!target.startsWith(dir) || entry.isDirectory()) {
                    continue;
                }
                byte[] content = zip.readNBytes(MAX_BYTES);
                total += content.length;
                if (total > MAX_BYTES) {
                    throw new IllegalArgumentException("the zip holds more than 5 MiB");
                }
                Files.createDirectories(target.getParent());
                Files.write(target, content);
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
