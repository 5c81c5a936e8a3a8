package fr.passerelle.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.passerelle.account.ProfileCatalog;
import fr.passerelle.store.RunHistory;
import fr.passerelle.store.ShopProfile;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;

/**
 * The history of one record ("why was this skipped?"): type a SKU, an ERP customer code or an
 * e-mail and see every run of the profile that touched it, newest first, with the mapping version
 * that decided, the outcome, its reason and (click a row) the payload that was sent.
 */
@Route(value = "profiles/:profileId/lineage", layout = MainLayout.class)
@PermitAll
class LineageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProfileCatalog catalog;
    private final RunHistory history;
    private final Formats formats;
    private final H2 heading = new H2();
    private final RouterLink back = new RouterLink();
    private final TextField key = new TextField();
    private final Span summary = new Span();
    private final Grid<RunHistory.Touch> grid = new Grid<>();
    private ShopProfile profile;

    LineageView(ProfileCatalog catalog, RunHistory history) {
        this.catalog = catalog;
        this.history = history;
        this.formats = new Formats(getLocale());
        setSizeFull();
        heading.setId("lineage-heading");
        back.setText(getTranslation("drift.back"));
        back.setId("lineage-back");
        key.setId("lineage-key");
        key.setLabel(getTranslation("lineage.key"));
        key.setPlaceholder(getTranslation("lineage.placeholder"));
        key.setWidth("24em");
        key.setClearButtonVisible(true);
        Button search = new Button(getTranslation("lineage.search"), VaadinIcon.SEARCH.create(), e -> search());
        search.setId("lineage-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(Key.ENTER);
        HorizontalLayout form = new HorizontalLayout(key, search);
        form.setAlignItems(Alignment.BASELINE);
        summary.setId("lineage-summary");
        add(back, heading, form, summary, grid);
        configureGrid();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ShopProfile> visible = ProfileRoutes.enter(event, catalog);
        if (visible.isEmpty()) {
            return;
        }
        profile = visible.get();
        heading.setText(getTranslation("lineage.title", profile.name()));
        back.setRoute(FlowsView.class, ProfileRoutes.of(profile));
        // ?key=PRE01030: a link from elsewhere (a drift row, a run's failures) opens the answer directly
        event.getLocation().getQueryParameters().getSingleParameter("key").ifPresent(k -> {
            key.setValue(k);
            search();
        });
    }

    private void configureGrid() {
        grid.setId("lineage-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(t -> formats.dateTime(t.at())).setHeader(getTranslation("lineage.date")).setWidth("11rem")
                .setFlexGrow(0);
        grid.addColumn(t -> getTranslation("flow." + t.flow()) + (t.dryRun() ? " (" + getTranslation("flows.dryRun")
                + ")" : "")).setHeader(getTranslation("lineage.flow")).setWidth("10rem").setFlexGrow(0);
        grid.addColumn(t -> t.mappingVersion() == null ? "" : "v" + t.mappingVersion())
                .setHeader(getTranslation("lineage.version")).setWidth("10rem").setFlexGrow(0);
        grid.addColumn(t -> getTranslation("lineage.outcome." + t.outcome()))
                .setHeader(getTranslation("lineage.outcome")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(t -> t.reason() == null ? "" : t.reason()).setHeader(getTranslation("lineage.reason"))
                .setFlexGrow(1);
        grid.addColumn(t -> t.shopId() == null ? "" : t.shopId()).setHeader(getTranslation("lineage.shopId"))
                .setWidth("7rem").setFlexGrow(0);
        // a click on a row opens what was sent (or would have been): the payload as the run recorded it
        grid.setItemDetailsRenderer(new ComponentRenderer<>(t -> {
            Pre payload = new Pre(t.payloadJson() == null ? getTranslation("lineage.noPayload") : t.payloadJson());
            payload.addClassName("lineage-payload");
            payload.getStyle().set("white-space", "pre-wrap").set("word-break", "break-all").set("margin", "0");
            return payload;
        }));
    }

    private void search() {
        String wanted = key.getValue().strip();
        if (wanted.isEmpty()) {
            summary.setText(getTranslation("lineage.typeAKey"));
            grid.setItems(List.of());
            return;
        }
        List<RunHistory.Touch> touches = history.lineage(profile.id(), wanted);
        grid.setItems(touches);
        summary.setText(touches.isEmpty() ? getTranslation("lineage.none", wanted)
                : getTranslation("lineage.found", formats.number(touches.size()), wanted));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lineage.pageTitle") + (profile == null ? "" : " | " + profile.name()) + " | Passerelle";
    }
}
