package fr.passerelle.ui;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import fr.passerelle.account.ProfileCatalog;
import fr.passerelle.store.ShopProfile;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The shop profiles of the user's tenants (all of them for an administrator). */
@Route(value = "profiles", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@PermitAll
class ProfilesView extends VerticalLayout implements HasDynamicTitle {

    ProfilesView(ProfileCatalog catalog, fr.passerelle.account.StudioAccess access, fr.passerelle.account.ProfilesAsCode code,
            fr.passerelle.store.TenantRepository tenants, fr.passerelle.connector.ConnectorRegistry registry) {
        setSizeFull();
        Grid<ShopProfile> grid = new Grid<>();
        grid.setId("profiles-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ShopProfile::tenantName).setHeader(getTranslation("profiles.tenant")).setAutoWidth(true).setSortable(true);
        grid.addColumn(ShopProfile::name).setHeader(getTranslation("profiles.name")).setAutoWidth(true).setSortable(true);
        // labels, not codes (issue 13 point 8): the connectors' display names
        grid.addColumn(p -> registry.erp(p.erpType()).map(c -> c.descriptor().displayName()).orElse(p.erpType()))
                .setHeader(getTranslation("profiles.erp")).setAutoWidth(true);
        grid.addColumn(p -> registry.shop(p.shopType()).map(c -> c.descriptor().displayName()).orElse(p.shopType()))
                .setHeader(getTranslation("profiles.shop")).setAutoWidth(true);
        grid.addColumn(ShopProfile::baseUrl).setHeader(getTranslation("profiles.url")).setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(p -> getTranslation(p.enabled() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("profiles.enabled")).setAutoWidth(true);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Paris"));
        grid.addColumn(p -> dates.format(p.updatedAt())).setHeader(getTranslation("profiles.updated")).setAutoWidth(true);
        var profiles = grid.setItems(catalog.visibleToCurrentUser());
        // A consultant may see dozens of clients' profiles: a filter finds one by any of its words.
        TextField filter = new TextField();
        filter.setId("profiles-filter");
        filter.setPlaceholder(getTranslation("profiles.filter"));
        filter.setWidth("24rem");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.EAGER);
        filter.addValueChangeListener(e -> {
            String wanted = e.getValue().strip().toLowerCase(getLocale());
            profiles.setFilter(p -> wanted.isEmpty() || String.join(" ", p.tenantName(), p.name(), p.shopType(),
                    p.erpType(), p.baseUrl()).toLowerCase(getLocale()).contains(wanted));
        });
        grid.setEmptyStateText(getTranslation("profiles.empty"));
        // A profile opens its flows: run them, see their last run.
        grid.addItemClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(FlowsView.class,
                ProfileRoutes.of(e.getItem()))));
        add(new H2(getTranslation("profiles.title")), filter, grid);
        // profiles as code (issue 13): download a client's profiles, upload them into a client
        if (catalog.currentUser().map(u -> u.role() != fr.passerelle.store.Role.MERCHANT).orElse(false)) {
            add(new fr.passerelle.ui.profiles.ProfilesTransfer(access, code, tenants));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profiles.title") + " | Passerelle";
    }
}
