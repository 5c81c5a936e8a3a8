package fr.passerelle.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.passerelle.account.ProfileCatalog;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.flow.FlowDefinition;
import fr.passerelle.store.RunLog;
import fr.passerelle.store.ShopProfile;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/**
 * The flows of one profile in run order, with their published mapping and last run, and buttons
 * to run one now or as a dry run. Runs go to {@link FlowRuns}'s threads; progress and the summary
 * come back through {@code UI.access} (push is on).
 */
@Route(value = "profiles/:profileId/flows", layout = MainLayout.class)
@PermitAll
class FlowsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProfileCatalog catalog;
    private final FlowRuns runs;
    private final Formats formats;
    private final H2 heading = new H2();
    private final RouterLink drift = new RouterLink();
    private final RouterLink lineage = new RouterLink();
    private final RouterLink schedules = new RouterLink(); // issue 15: ui.schedules
    private final Grid<FlowRuns.FlowRow> grid = new Grid<>();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressLabel = new Span();
    private final Span summary = new Span();
    private final HorizontalLayout progressLine = new HorizontalLayout(progress, progressLabel);
    private final RouterLink bindings = new RouterLink();
    private final RouterLink settings = new RouterLink();
    private ShopProfile profile;

    FlowsView(ProfileCatalog catalog, FlowRuns runs) {
        this.catalog = catalog;
        this.runs = runs;
        this.formats = new Formats(getLocale());
        setSizeFull();
        heading.setId("flows-heading");
        progress.setId("run-progress");
        progress.setWidth("20em");
        progressLabel.setId("run-progress-label");
        progressLine.setAlignItems(Alignment.CENTER);
        progressLine.setVisible(false);
        progressLine.setId("run-progress-line");
        summary.setId("run-summary");
        // the profile's other screens: the binding registry, the drift report and the history of one record
        bindings.setText(getTranslation("flows.bindings"));
        bindings.setId("flows-bindings");
        drift.setText(getTranslation("flows.drift"));
        drift.setId("open-drift");
        lineage.setText(getTranslation("flows.lineage"));
        lineage.setId("open-lineage");
        schedules.setText(getTranslation("flows.schedules"));
        schedules.setId("open-schedules");
        settings.setText(getTranslation("flows.settings"));
        settings.setId("open-settings");
        HorizontalLayout links = new HorizontalLayout(settings, bindings, drift, lineage, schedules);
        add(new RouterLink(getTranslation("flows.back"), ProfilesView.class), heading, links, progressLine, summary,
                grid);
        configureGrid();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ShopProfile> visible = ProfileRoutes.enter(event, catalog);
        if (visible.isEmpty()) {
            return;
        }
        profile = visible.get();
        heading.setText(getTranslation("flows.title", profile.name()));
        RouteParameters here = ProfileRoutes.of(profile);
        bindings.setRoute(BindingsView.class, here);
        settings.setRoute(fr.passerelle.ui.profiles.ProfileEditorView.class, here);
        settings.setVisible(catalog.currentUser().map(u -> u.role() != fr.passerelle.store.Role.MERCHANT).orElse(false));
        drift.setRoute(DriftView.class, here);
        lineage.setRoute(LineageView.class, here);
        schedules.setRoute(fr.passerelle.ui.schedules.SchedulesView.class, here);
        refresh();
    }

    private void configureGrid() {
        grid.setId("flows-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        // Few columns, long texts wrapped: the grid must fit a laptop screen without scrolling sideways.
        grid.addColumn(row -> getTranslation("flow." + row.flow().id()) + " ("
                + getTranslation("flows.direction." + row.flow().direction().name()) + ")")
                .setHeader(getTranslation("flows.flow")).setWidth("14rem").setFlexGrow(0);
        grid.addColumn(row -> row.publishedVersion() == null ? getTranslation("flows.unpublished")
                : "v" + row.publishedVersion()).setHeader(getTranslation("flows.version")).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(row -> row.lastRun() == null ? getTranslation("flows.never")
                : status(row.lastRun()) + " \u00b7 " + formats.dateTime(row.lastRun().startedAt()))
                .setHeader(getTranslation("flows.lastRun")).setWidth("12rem").setFlexGrow(0);
        grid.addColumn(row -> row.lastRun() == null ? "" : counts(row.lastRun()))
                .setHeader(getTranslation("flows.counts")).setFlexGrow(1);
        grid.addComponentColumn(row -> button(row, false)).setHeader(getTranslation("flows.actions"))
                .setWidth("7.5rem").setFlexGrow(0);
        grid.addComponentColumn(row -> button(row, true)).setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(this::replayButton).setWidth("11rem").setFlexGrow(0);
        // the mapper of the flow (issue 13): its fields, expressions, tests and versions
        grid.addComponentColumn(row -> {
            Button map = new Button(getTranslation("flows.mapping"), e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(
                    "profiles/" + profile.id() + "/flows/" + row.flow().id() + "/mapping")));
            map.setId("mapping-" + row.flow().id());
            map.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return map;
        }).setWidth("9rem").setFlexGrow(0);
    }

    /** Only under a real run with failed records: sends those records again, alone. */
    private com.vaadin.flow.component.Component replayButton(FlowRuns.FlowRow row) {
        RunLog.RunHeader last = row.lastRun();
        if (last == null || last.dryRun() || last.failed() == 0 || row.publishedVersion() == null) {
            return new Span();
        }
        Button replay = new Button(getTranslation("flows.replay", last.failed(), formats.number(last.failed())), e -> {
            e.getSource().setEnabled(false);
            start(row.flow(), Mode.REPLAY_FAILED);
        });
        replay.setId("replay-" + row.flow().id());
        replay.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        replay.setEnabled(!runs.isRunning(profile.id(), row.flow().id()));
        return replay;
    }

    private enum Mode { RUN, DRY_RUN, REPLAY_FAILED }

    private Button button(FlowRuns.FlowRow row, boolean dryRun) {
        String flow = row.flow().id();
        Button button = new Button(getTranslation(dryRun ? "flows.dryRun" : "flows.run"), e -> {
            e.getSource().setEnabled(false);
            start(row.flow(), dryRun ? Mode.DRY_RUN : Mode.RUN);
        });
        button.setId((dryRun ? "dry-run-" : "run-") + flow);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (!dryRun) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        button.setEnabled(row.publishedVersion() != null && !runs.isRunning(profile.id(), flow)
                && fr.passerelle.account.ProfileSetup.flowOn(profile, flow));
        return button;
    }

    private void start(FlowDefinition flow, Mode mode) {
        boolean dryRun = mode == Mode.DRY_RUN;
        UI ui = UI.getCurrent();
        String label = getTranslation("flow." + flow.id());
        progress.setIndeterminate(true);
        progressLabel.setText(getTranslation(dryRun ? "flows.dryRunning" : "flows.running", label));
        progressLine.setVisible(true);
        summary.setText("");
        FlowRuns.Callbacks callbacks = new FlowRuns.Callbacks() {
            @Override
            public void progress(long done, long total) {
                inUi(ui, () -> showProgress(done, total));
            }

            @Override
            public void finished(RunSummary result) {
                inUi(ui, () -> done(label, result));
            }

            @Override
            public void failed(String message) {
                inUi(ui, () -> failure(label, message));
            }
        };
        boolean started = mode == Mode.REPLAY_FAILED ? runs.replayFailed(profile.id(), flow.id(), callbacks)
                : runs.start(profile.id(), flow.id(), dryRun, callbacks);
        if (!started) {
            Notification.show(getTranslation("flows.alreadyRunning", label));
        }
        refresh();
    }

    private void showProgress(long done, long total) {
        if (total > 0) {
            progress.setIndeterminate(false);
            progress.setValue(Math.min(1.0, (double) done / total));
            progressLabel.setText(getTranslation("flows.progress", formats.number(done), formats.number(total)));
        } else {
            progressLabel.setText(getTranslation("flows.progressUnknown", formats.number(done)));
        }
    }

    private void done(String label, RunSummary result) {
        progressLine.setVisible(false);
        String text = getTranslation(result.dryRun() ? "flows.dryRunDone" : "flows.runDone", label,
                getTranslation("flows.status." + result.status().name()), summaryLine(result));
        summary.setText(text);
        Notification notification = Notification.show(text, 8000, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(result.status() == RunSummary.Status.SUCCEEDED
                ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
        refresh();
    }

    private void failure(String label, String message) {
        progressLine.setVisible(false);
        String text = getTranslation("flows.runFailed", label, message);
        summary.setText(text);
        Notification.show(text, 10000, Notification.Position.BOTTOM_END).addThemeVariants(NotificationVariant.LUMO_ERROR);
        refresh();
    }

    private void refresh() {
        grid.setItems(runs.rows(profile.id()));
    }

    private String status(RunLog.RunHeader run) {
        String status = getTranslation("flows.status." + run.status());
        return run.dryRun() ? status + " (" + getTranslation("flows.dryRun") + ")" : status;
    }

    /** The run's counts in the user's language; a dry run adds how many records change each field. */
    private String summaryLine(RunSummary result) {
        String line = getTranslation(result.dryRun() ? "flows.dryCountsLine" : "flows.countsLine",
                formats.number(result.created()), formats.number(result.updated()), formats.number(result.unchanged()),
                formats.number(result.skipped()), formats.number(result.failed()));
        if (!result.fieldChanges().isEmpty()) {
            line += getTranslation("flows.fieldChanges", result.fieldChanges().entrySet().stream()
                    .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(java.util.Map.Entry.comparingByKey()))
                    .map(e -> formats.number(e.getValue()) + " \u00d7 " + e.getKey())
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        return line;
    }

    private String counts(RunLog.RunHeader run) {
        return getTranslation("flows.countsLine", formats.number(run.created()), formats.number(run.updated()),
                formats.number(run.unchanged()), formats.number(run.skipped()), formats.number(run.failed()));
    }

    /** The user may have left: a run outlives its page, and its result stays in the history. */
    private static void inUi(UI ui, Runnable change) {
        try {
            ui.access(change::run);
        } catch (UIDetachedException e) {
            // nobody is looking any more
        }
    }

    @Override
    public String getPageTitle() {
        return (profile == null ? "" : profile.name() + " | ") + "Passerelle";
    }
}
