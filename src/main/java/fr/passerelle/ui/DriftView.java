package fr.passerelle.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.passerelle.account.ProfileCatalog;
import fr.passerelle.store.DriftReports;
import fr.passerelle.store.ShopProfile;
import fr.passerelle.sync.DriftReporting;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The drift report of one profile ("Écarts"): the latest comparison of each drift-capable flow
 * (products' active flag, stock, prices), its differences (key, field, ERP value, shop value),
 * "compare now", and a targeted re-sync per row or for all rows, followed by a new comparison: a
 * healed row disappears.
 */
@Route(value = "profiles/:profileId/drift", layout = MainLayout.class)
@PermitAll
class DriftView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** One line of the grid: a difference with the flow of its report. */
    record Row(String flow, DriftReports.Difference difference) {
    }

    private final ProfileCatalog catalog;
    private final DriftReporting drift;
    private final DriftTasks tasks;
    private final Formats formats;
    private final H2 heading = new H2();
    private final RouterLink back = new RouterLink();
    private final Div reportsLine = new Div();
    private final Span busy = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final HorizontalLayout workingLine = new HorizontalLayout(progress, busy);
    private final Button compare = new Button();
    private final Button resyncAll = new Button();
    private final Grid<Row> grid = new Grid<>();
    private ShopProfile profile;
    private boolean working;

    DriftView(ProfileCatalog catalog, DriftReporting drift, DriftTasks tasks) {
        this.catalog = catalog;
        this.drift = drift;
        this.tasks = tasks;
        this.formats = new Formats(getLocale());
        setSizeFull();
        heading.setId("drift-heading");
        back.setText(getTranslation("drift.back"));
        back.setId("drift-back");
        reportsLine.setId("drift-reports");
        compare.setText(getTranslation("drift.compare"));
        compare.setIcon(VaadinIcon.SCALE.create());
        compare.setId("drift-compare");
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compare.addClickListener(e -> compareNow());
        resyncAll.setText(getTranslation("drift.resyncAll"));
        resyncAll.setIcon(VaadinIcon.REFRESH.create());
        resyncAll.setId("drift-resync-all");
        resyncAll.addClickListener(e -> resync(null));
        progress.setIndeterminate(true);
        progress.setWidth("10em");
        busy.setId("drift-busy");
        workingLine.setAlignItems(Alignment.CENTER);
        workingLine.setId("drift-working");
        workingLine.setVisible(false);
        HorizontalLayout actions = new HorizontalLayout(compare, resyncAll, workingLine);
        actions.setAlignItems(Alignment.CENTER);
        add(back, heading, reportsLine, actions, grid);
        expand(grid);
        configureGrid();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ShopProfile> visible = ProfileRoutes.enter(event, catalog);
        if (visible.isEmpty()) {
            return;
        }
        profile = visible.get();
        heading.setText(getTranslation("drift.title", profile.name()));
        back.setRoute(FlowsView.class, ProfileRoutes.of(profile));
        show(drift.latest(profile.id()));
    }

    private void configureGrid() {
        grid.setId("drift-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // a whole catalogue may drift (a price list imported by hand): the grid scrolls, lazily
        grid.setMinHeight("16rem");
        grid.setEmptyStateText(getTranslation("drift.none"));
        grid.addColumn(row -> getTranslation("flow." + row.flow())).setHeader(getTranslation("drift.flow"))
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(row -> row.difference().key()).setHeader(getTranslation("drift.key")).setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(row -> getTranslation("drift.kind." + row.difference().kind()) + " ("
                + row.difference().field() + ")").setHeader(getTranslation("drift.field")).setFlexGrow(1);
        grid.addColumn(row -> value(row.difference(), row.difference().erpValue()))
                .setHeader(getTranslation("drift.erpValue")).setWidth("10rem").setFlexGrow(0);
        grid.addColumn(row -> value(row.difference(), row.difference().shopValue()))
                .setHeader(getTranslation("drift.shopValue")).setWidth("10rem").setFlexGrow(0);
        grid.addComponentColumn(this::resyncButton).setHeader(getTranslation("drift.actions")).setWidth("11rem")
                .setFlexGrow(0);
    }

    private Button resyncButton(Row row) {
        Button button = new Button(getTranslation("drift.resync"), e -> resync(row));
        // ids only allow a safe subset of characters; keys are SKUs or codes
        button.setId("drift-resync-" + row.flow() + "-" + row.difference().key().replaceAll("[^A-Za-z0-9_-]", "_"));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setEnabled(!working);
        return button;
    }

    /** Amounts in the user's format ("12,50 €"), stock figures as numbers; other values as the shop says. */
    private String value(DriftReports.Difference difference, @Nullable String text) {
        if (text == null) {
            return getTranslation("drift.empty");
        }
        try {
            return switch (difference.kind()) {
                case "PRICE" -> formats.money(new java.math.BigDecimal(text));
                case "STOCK" -> formats.decimal(new java.math.BigDecimal(text));
                default -> text;
            };
        } catch (NumberFormatException e) {
            return text; // a shop may hold anything by hand: show it as it is
        }
    }

    private void compareNow() {
        long id = profile.id();
        begin(getTranslation("drift.comparing"));
        tasks.start(UI.getCurrent(), () -> drift.compare(id, DriftReports.Origin.STUDIO), made -> {
            end();
            List<DriftReports.Report> latest = drift.latest(id);
            show(latest);
            if (made.isEmpty()) {
                notify(getTranslation("drift.nothingToCompare"), NotificationVariant.LUMO_CONTRAST);
            } else {
                int differences = latest.stream().mapToInt(DriftReports.Report::differenceCount).sum();
                notify(getTranslation("drift.compared", formats.number(differences)), differences == 0
                        ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
            }
        }, this::failed);
    }

    /** @param row the one row to repair, or null for every row of the grid */
    private void resync(@Nullable Row row) {
        long id = profile.id();
        Map<String, Set<String>> keys = new java.util.LinkedHashMap<>();
        rows().stream().filter(r -> row == null || r.equals(row)).forEach(r ->
                keys.computeIfAbsent(r.flow(), f -> new java.util.LinkedHashSet<>()).add(r.difference().key()));
        if (keys.isEmpty()) {
            return;
        }
        begin(getTranslation("drift.resyncing"));
        tasks.start(UI.getCurrent(), () -> drift.resync(id, keys), result -> {
            end();
            show(drift.latest(id));
            Set<String> still = result.stillDrifting();
            long asked = keys.values().stream().mapToLong(Set::size).sum();
            if (still.isEmpty()) {
                notify(getTranslation("drift.healed", formats.number(asked)), NotificationVariant.LUMO_SUCCESS);
            } else {
                notify(getTranslation("drift.notHealed", String.join(", ", still)), NotificationVariant.LUMO_WARNING);
            }
        }, this::failed);
    }

    private void begin(String label) {
        working = true;
        busy.setText(label);
        workingLine.setVisible(true);
        compare.setEnabled(false);
        resyncAll.setEnabled(false);
        grid.getDataProvider().refreshAll();
    }

    private void end() {
        working = false;
        workingLine.setVisible(false);
        compare.setEnabled(true);
    }

    private void failed(String message) {
        end();
        show(drift.latest(profile.id()));
        notify(getTranslation("drift.failed", message), NotificationVariant.LUMO_ERROR);
    }

    private void notify(String text, NotificationVariant variant) {
        Notification.show(text, 8000, Notification.Position.BOTTOM_END).addThemeVariants(variant);
    }

    private List<Row> rows() {
        return grid.getListDataView().getItems().toList();
    }

    private void show(List<DriftReports.Report> reports) {
        reportsLine.removeAll();
        if (reports.isEmpty()) {
            reportsLine.add(new Span(getTranslation("drift.never")));
        }
        List<Row> rows = new ArrayList<>();
        for (DriftReports.Report report : reports) {
            Span line = new Span(reportLine(report));
            line.setId("drift-report-" + report.flow());
            line.getStyle().set("display", "block");
            reportsLine.add(line);
            report.differences().forEach(d -> rows.add(new Row(report.flow(), d)));
        }
        grid.setItems(rows);
        resyncAll.setEnabled(!working && !rows.isEmpty());
    }

    private String reportLine(DriftReports.Report report) {
        String flow = getTranslation("flow." + report.flow());
        String at = formats.dateTime(report.comparedAt());
        String origin = getTranslation("drift.origin." + report.origin().name());
        if (!report.succeeded()) {
            return getTranslation("drift.reportFailed", flow, at, origin, String.valueOf(report.error()));
        }
        return getTranslation("drift.report", flow, at, origin, formats.number(report.differenceCount()),
                formats.number(report.recordCount()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("drift.pageTitle") + (profile == null ? "" : " | " + profile.name()) + " | Passerelle";
    }
}
