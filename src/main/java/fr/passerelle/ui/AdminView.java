package fr.passerelle.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.passerelle.account.SignInThrottle;
import fr.passerelle.demo.DemoRemoval;
import fr.passerelle.store.SignInThrottleRepository.Entry;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Administration (administrators only): the sign-in throttle (failed sign-ins per account and per
 * address, delays and locks, each lifted by a click) and the demo (switched off and its data
 * removed, after a confirmation).
 */
@Route(value = "admin", layout = MainLayout.class)
@RolesAllowed("ADMIN")
class AdminView extends VerticalLayout implements HasDynamicTitle {

    private final SignInThrottle throttle;
    private final DemoRemoval demo;
    private final String admin;
    private final Formats formats;
    private final Grid<Entry> locks = new Grid<>();
    private final VerticalLayout demoSection = new VerticalLayout();

    AdminView(SignInThrottle throttle, DemoRemoval demo, AuthenticationContext authentication) {
        this.throttle = throttle;
        this.demo = demo;
        this.admin = authentication.getPrincipalName().orElse("admin");
        this.formats = new Formats(getLocale());
        setSizeFull();
        add(new H2(getTranslation("admin.title")));

        add(new H3(getTranslation("admin.signIn.title")));
        Paragraph intro = new Paragraph(getTranslation("admin.signIn.intro"));
        intro.setMaxWidth("60em");
        Button refresh = new Button(getTranslation("admin.refresh"), VaadinIcon.REFRESH.create(), e -> showLocks());
        refresh.setId("admin-refresh");
        locks.setId("admin-locks");
        locks.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        locks.setAllRowsVisible(true);
        locks.setEmptyStateText(getTranslation("admin.signIn.empty"));
        locks.addColumn(e -> getTranslation("admin.kind." + e.kind().name())).setHeader(getTranslation("admin.kind"))
                .setAutoWidth(true);
        locks.addColumn(Entry::key).setHeader(getTranslation("admin.key")).setAutoWidth(true).setFlexGrow(0);
        locks.addColumn(e -> formats.number(e.failures())).setHeader(getTranslation("admin.failures")).setAutoWidth(true);
        locks.addColumn(e -> formats.dateTime(at(e.lastFailureAt()))).setHeader(getTranslation("admin.lastFailure"))
                .setAutoWidth(true);
        locks.addColumn(e -> e.lastAddress() == null ? "" : e.lastAddress()).setHeader(getTranslation("admin.lastAddress"))
                .setAutoWidth(true);
        locks.addColumn(this::state).setHeader(getTranslation("admin.state")).setAutoWidth(true).setFlexGrow(1);
        locks.addComponentColumn(e -> {
            Button lift = new Button(getTranslation("admin.lift"), VaadinIcon.UNLOCK.create(), c -> lift(e));
            lift.setId("admin-lift-" + e.kind().name().toLowerCase(java.util.Locale.ROOT) + "-" + e.key()
                    .replaceAll("[^A-Za-z0-9_-]", "_"));
            lift.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return lift;
        }).setHeader(getTranslation("admin.actions")).setAutoWidth(true);
        add(intro, refresh, locks);

        demoSection.setPadding(false);
        demoSection.setId("admin-demo");
        add(new H3(getTranslation("admin.demo.title")), demoSection);
        showLocks();
        showDemo();
    }

    private String state(Entry e) {
        Instant now = Instant.now();
        if (e.lockedUntil() != null && e.lockedUntil().isAfter(now)) {
            return getTranslation("admin.state.locked", formats.dateTime(at(e.lockedUntil())));
        }
        if (e.nextAttemptAt() != null && e.nextAttemptAt().isAfter(now)) {
            return getTranslation("admin.state.delayed", formats.dateTime(at(e.nextAttemptAt())));
        }
        return getTranslation("admin.state.counting");
    }

    private void lift(Entry e) {
        throttle.lift(e.kind(), e.key(), admin);
        Notification.show(getTranslation("admin.lifted", e.key()), 4000, Notification.Position.BOTTOM_END)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        showLocks();
    }

    private void showLocks() {
        locks.setItems(throttle.entries());
    }

    private void showDemo() {
        demoSection.removeAll();
        Paragraph state = new Paragraph();
        state.setId("admin-demo-state");
        state.setMaxWidth("60em");
        if (!demo.demoActive()) {
            state.setText(getTranslation("admin.demo.off"));
            demoSection.add(state);
            return;
        }
        state.setText(getTranslation(demo.sandboxRemoteAccess() ? "admin.demo.onRemote" : "admin.demo.on",
                demo.demoTenant().map(t -> t.name()).orElse("—")));
        Button remove = new Button(getTranslation("admin.demo.remove"), VaadinIcon.TRASH.create(), e -> confirmRemoval());
        remove.setId("admin-demo-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        demoSection.add(state, remove);
    }

    private void confirmRemoval() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("admin-demo-confirm");
        dialog.setHeader(getTranslation("admin.demo.confirm.title"));
        dialog.setText(getTranslation("admin.demo.confirm.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("admin.demo.confirm.cancel"));
        dialog.setConfirmText(getTranslation("admin.demo.confirm.ok"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            DemoRemoval.Removed removed = demo.switchOffAndRemove(admin);
            Notification.show(getTranslation(removed.tenantRemoved() ? "admin.demo.removed" : "admin.demo.switchedOff",
                    removed.tenantName()), 5000, Notification.Position.BOTTOM_END)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            showDemo();
        });
        dialog.open();
    }

    private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title") + " | Passerelle";
    }
}
