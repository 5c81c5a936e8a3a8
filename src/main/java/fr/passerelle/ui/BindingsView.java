package fr.passerelle.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.passerelle.account.ProfileCatalog;
import fr.passerelle.store.BindingRepository;
import fr.passerelle.store.ShopProfile;
import fr.passerelle.sync.BindingRegistry;
import fr.passerelle.sync.BindingRegistry.BoundFlow;
import fr.passerelle.engine.MatchRule;
import fr.passerelle.sync.SyncException;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;

/**
 * The binding registry of one profile (issue 6): per flow, how an ERP record adopts a shop record
 * (the match rule, editable) and which ERP record is bound to which shop record, searchable, with
 * a binding undone or made by hand. Only "sync" writes to the shop (that one record); the rest
 * applies from the next run.
 */
@Route(value = "profiles/:profileId/bindings", layout = MainLayout.class)
@PermitAll
class BindingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProfileCatalog catalog;
    private final BindingRegistry registry;
    private final Formats formats;
    private final H2 heading = new H2();
    private final Select<BoundFlow> flow = new Select<>();
    private final Select<MatchRule> rule = new Select<>();
    private final Paragraph ruleHelp = new Paragraph();
    private final TextField search = new TextField();
    private final Span count = new Span();
    private final Grid<BindingRepository.Binding> grid = new Grid<>();
    private final TextField erpKey = new TextField();
    private final TextField shopId = new TextField();
    private final RouterLink back = new RouterLink();
    private ShopProfile profile;
    private boolean showing;

    BindingsView(ProfileCatalog catalog, BindingRegistry registry) {
        this.catalog = catalog;
        this.registry = registry;
        this.formats = new Formats(getLocale());
        setSizeFull();
        heading.setId("bindings-heading");
        flow.setId("bindings-flow");
        flow.setLabel(getTranslation("bindings.flow"));
        flow.setItemLabelGenerator(f -> getTranslation("flow." + f.flow().id()));
        flow.addValueChangeListener(e -> showFlow());
        rule.setId("bindings-rule");
        rule.setLabel(getTranslation("bindings.rule"));
        rule.setItems(MatchRule.values());
        rule.setWidth("26rem");
        rule.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                changeRule(e.getValue());
            }
        });
        ruleHelp.setId("bindings-rule-help");
        search.setId("bindings-search");
        search.setWidth("24rem");
        search.setPlaceholder(getTranslation("bindings.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refreshGrid());
        count.setId("bindings-count");
        HorizontalLayout choices = new HorizontalLayout(flow, rule);
        HorizontalLayout searchLine = new HorizontalLayout(search, count);
        searchLine.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(back, heading, new Paragraph(getTranslation("bindings.intro")), choices, ruleHelp, searchLine,
                configureGrid(), bindForm());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ShopProfile> visible = ProfileRoutes.enter(event, catalog);
        if (visible.isEmpty()) {
            return;
        }
        profile = visible.get();
        heading.setText(getTranslation("bindings.title", profile.name()));
        back.setText(getTranslation("bindings.back"));
        back.setRoute(FlowsView.class, ProfileRoutes.of(profile));
        List<BoundFlow> flows = registry.flows(profile.id());
        flow.setItems(flows);
        event.getLocation().getQueryParameters().getSingleParameter("flow")
                .flatMap(id -> flows.stream().filter(f -> f.flow().id().equals(id)).findFirst())
                .or(() -> flows.stream().filter(f -> f.flow().id().equals("products")).findFirst())
                .ifPresent(flow::setValue);
    }

    private Grid<BindingRepository.Binding> configureGrid() {
        grid.setId("bindings-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(BindingRepository.Binding::erpKey).setHeader(getTranslation("bindings.erpKey")).setFlexGrow(1);
        grid.addColumn(BindingRepository.Binding::shopId).setHeader(getTranslation("bindings.shopId")).setFlexGrow(1);
        grid.addColumn(b -> b.lastRunId() == null ? getTranslation("bindings.byHand")
                : getTranslation("bindings.byRun", formats.number(b.lastRunId())))
                .setHeader(getTranslation("bindings.origin")).setFlexGrow(1);
        grid.addColumn(b -> formats.dateTime(b.updatedAt())).setHeader(getTranslation("bindings.updated")).setFlexGrow(1);
        grid.addComponentColumn(b -> {
            Button resync = new Button(getTranslation("bindings.resync"), e -> resync(b.erpKey()));
            resync.setId("resync-" + b.erpKey());
            resync.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return resync;
        }).setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(b -> {
            Button unbind = new Button(getTranslation("bindings.unbind"), e -> unbind(b));
            unbind.setId("unbind-" + b.erpKey());
            unbind.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return unbind;
        }).setWidth("8rem").setFlexGrow(0);
        return grid;
    }

    private HorizontalLayout bindForm() {
        erpKey.setId("bind-erp-key");
        erpKey.setLabel(getTranslation("bindings.erpKey"));
        shopId.setId("bind-shop-id");
        shopId.setLabel(getTranslation("bindings.shopId"));
        Button bind = new Button(getTranslation("bindings.bind"), e -> bind());
        bind.setId("bind-button");
        bind.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(erpKey, shopId, bind);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private void showFlow() {
        BoundFlow chosen = flow.getValue();
        if (chosen == null) {
            return;
        }
        rule.setItemLabelGenerator(r -> getTranslation("bindings.rule." + r.name(),
                getTranslation("bindings.field." + chosen.matchField())));
        rule.setValue(chosen.rule());
        ruleHelp.setText(getTranslation("bindings.ruleHelp." + chosen.rule().name(),
                getTranslation("bindings.field." + chosen.matchField())));
        showing = true;
        refreshGrid();
    }

    private void changeRule(MatchRule chosen) {
        BoundFlow current = flow.getValue();
        registry.setRule(profile.id(), current.flow().id(), chosen);
        List<BoundFlow> flows = registry.flows(profile.id());
        flow.setItems(flows);
        flows.stream().filter(f -> f.flow().id().equals(current.flow().id())).findFirst().ifPresent(flow::setValue);
        Notification.show(getTranslation("bindings.ruleSaved"), 4000, Notification.Position.BOTTOM_END)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void refreshGrid() {
        if (!showing || flow.getValue() == null) {
            return;
        }
        String flowId = flow.getValue().flow().id();
        try {
            int total = registry.count(profile.id(), flowId, search.getValue());
            count.setText(getTranslation("bindings.count", total, formats.number(total)));
            grid.setItems(query -> registry.list(profile.id(), flowId, search.getValue(), query.getOffset(),
                    query.getLimit()).stream(), query -> registry.count(profile.id(), flowId, search.getValue()));
        } catch (SyncException e) {
            // No published mapping for this flow yet: nothing can be bound.
            count.setText(e.getMessage());
            grid.setItems(List.of());
        }
    }

    private void unbind(BindingRepository.Binding binding) {
        registry.unbind(profile.id(), flow.getValue().flow().id(), binding.erpKey());
        Notification.show(getTranslation("bindings.unbound", binding.erpKey()), 5000, Notification.Position.BOTTOM_END);
        refreshGrid();
    }

    /** A targeted re-sync of one record, here and now: it writes to the shop, so it is a button of its own. */
    private void resync(String key) {
        try {
            var summary = registry.resync(profile.id(), flow.getValue().flow().id(), key);
            String counts = getTranslation("flows.countsLine", formats.number(summary.created()),
                    formats.number(summary.updated()), formats.number(summary.unchanged()),
                    formats.number(summary.skipped()), formats.number(summary.failed()));
            Notification.show(getTranslation("bindings.resynced", key, counts), 8000,
                    Notification.Position.BOTTOM_END).addThemeVariants(summary.failed() + summary.skipped() == 0
                            ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
        } catch (SyncException e) {
            error(e.getMessage());
        }
        refreshGrid();
    }

    private void bind() {
        try {
            registry.bind(profile.id(), flow.getValue().flow().id(), erpKey.getValue(), shopId.getValue());
            Notification.show(getTranslation("bindings.bound", erpKey.getValue().strip(), shopId.getValue().strip()),
                    5000, Notification.Position.BOTTOM_END).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            erpKey.clear();
            shopId.clear();
            refreshGrid();
        } catch (BindingRepository.BindingConflictException e) {
            error(getTranslation("bindings.conflict", e.shopId(), e.boundTo()));
        } catch (SyncException e) {
            error(e.getMessage());
        }
    }

    private static void error(String text) {
        Notification.show(text, 8000, Notification.Position.BOTTOM_END).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return (profile == null ? "" : profile.name() + " | ") + "Passerelle";
    }
}
