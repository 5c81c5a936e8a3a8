package fr.passerelle.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A read-only look into the shop sandboxes this studio serves (embedded default): what a flow
 * wrote, by shop, with the ERP sandbox's item count to compare with. Data is read when a shop tab
 * is chosen or on "Refresh", not pushed: a sandbox changes only when a flow runs.
 */
@Route(value = "sandbox", layout = MainLayout.class)
@PermitAll
class SandboxView extends VerticalLayout implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    private final fr.passerelle.account.StudioAccess access;
    private final fr.passerelle.demo.DemoRemoval demo;

    /** MAP-7: the sandboxes hold the demo client's data; administrators and that client's users only. */
    static boolean allowed(fr.passerelle.account.StudioAccess access, fr.passerelle.demo.DemoRemoval demo) {
        return access.canSeeSandbox(demo.demoTenant().map(t -> java.util.Set.of(t.id())).orElse(java.util.Set.of()))
                || access.current().role() == fr.passerelle.store.Role.CONSULTANT;
    }

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        if (!allowed(access, demo)) {
            event.rerouteToError(fr.passerelle.account.NotAllowedException.class, "sandbox");
        }
    }


    private final SandboxReader reader;
    private final Formats formats;
    private final Tabs shops = new Tabs();
    private final VerticalLayout content = new VerticalLayout();
    private final TextField filter = new TextField();
    /** The records tab the user looks at (products, customers, orders), kept across refreshes. */
    private int sheet;

    SandboxView(SandboxReader reader, fr.passerelle.account.StudioAccess access, fr.passerelle.demo.DemoRemoval demo) {
        this.access = access;
        this.demo = demo;
        this.reader = reader;
        this.formats = new Formats(getLocale());
        setSizeFull();
        add(new H2(getTranslation("sandbox.title")));
        if (!reader.available() || reader.shops().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("sandbox.none"));
            none.setId("sandbox-none");
            add(none);
            return;
        }
        shops.setId("sandbox-shops");
        reader.shops().forEach(id -> {
            Tab tab = new Tab(getTranslation("shop." + id));
            tab.setId("sandbox-tab-" + id);
            shops.add(tab);
        });
        filter.setId("sandbox-filter");
        filter.setPlaceholder(getTranslation("sandbox.filter"));
        filter.setClearButtonVisible(true);
        filter.setWidth("22em");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> show());
        Button refresh = new Button(getTranslation("sandbox.refresh"), VaadinIcon.REFRESH.create(), e -> show());
        refresh.setId("sandbox-refresh");
        HorizontalLayout tools = new HorizontalLayout(filter, refresh);
        content.setPadding(false);
        content.setSizeFull();
        shops.addSelectedChangeListener(e -> show());
        add(shops, tools, content);
        setFlexGrow(1, content);
        show();
    }

    private void show() {
        content.removeAll();
        int index = shops.getSelectedIndex();
        if (index < 0) {
            return;
        }
        String shopId = reader.shops().get(index);
        reader.snapshot(shopId).ifPresent(snapshot -> {
            Span counts = new Span(getTranslation("sandbox.counts", getTranslation("shop." + shopId),
                    formats.number(snapshot.products().size()), formats.number(snapshot.customers().size()),
                    formats.number(snapshot.orders().size()))
                    + reader.erpItems().stream().mapToObj(n -> " " + getTranslation("sandbox.erpItems",
                            formats.number(n))).findFirst().orElse(""));
            counts.setId("sandbox-counts");
            TabSheet sheets = new TabSheet();
            sheets.setId("sandbox-sheets");
            sheets.setSizeFull();
            sheets.add(getTranslation("sandbox.products"), products(snapshot.products()));
            sheets.add(getTranslation("sandbox.customers"), customers(snapshot.customers()));
            sheets.add(getTranslation("sandbox.orders"), orders(snapshot.orders()));
            sheets.setSelectedIndex(sheet);
            sheets.addSelectedChangeListener(e -> sheet = sheets.getSelectedIndex());
            content.add(counts, sheets);
            content.setFlexGrow(1, sheets);
        });
    }

    private Component products(List<SandboxSnapshot.Product> rows) {
        Grid<SandboxSnapshot.Product> grid = grid("sandbox-products");
        grid.addColumn(SandboxSnapshot.Product::sku).setHeader(getTranslation("sandbox.sku")).setAutoWidth(true)
                .setSortable(true).setComparator(Comparator.comparing(SandboxSnapshot.Product::sku));
        grid.addColumn(SandboxSnapshot.Product::name).setHeader(getTranslation("sandbox.name")).setFlexGrow(2)
                .setSortable(true).setComparator(Comparator.comparing(SandboxSnapshot.Product::name));
        grid.addColumn(SandboxSnapshot.Product::status).setHeader(getTranslation("sandbox.status")).setAutoWidth(true);
        grid.addColumn(p -> formats.money(p.price())).setHeader(getTranslation("sandbox.price")).setAutoWidth(true);
        grid.addColumn(p -> formats.number(p.stock())).setHeader(getTranslation("sandbox.stock")).setAutoWidth(true);
        grid.setItems(matching(rows, p -> p.sku() + " " + p.name(), Comparator.comparing(SandboxSnapshot.Product::sku)));
        return grid;
    }

    private Component customers(List<SandboxSnapshot.Customer> rows) {
        Grid<SandboxSnapshot.Customer> grid = grid("sandbox-customers");
        grid.addColumn(SandboxSnapshot.Customer::email).setHeader(getTranslation("sandbox.email")).setAutoWidth(true);
        grid.addColumn(SandboxSnapshot.Customer::name).setHeader(getTranslation("sandbox.name")).setFlexGrow(2);
        grid.addColumn(c -> formats.date(c.created())).setHeader(getTranslation("sandbox.created")).setAutoWidth(true);
        grid.setItems(matching(rows, c -> c.email() + " " + c.name(), Comparator.comparing(SandboxSnapshot.Customer::email)));
        return grid;
    }

    private Component orders(List<SandboxSnapshot.Order> rows) {
        Grid<SandboxSnapshot.Order> grid = grid("sandbox-orders");
        grid.addColumn(SandboxSnapshot.Order::number).setHeader(getTranslation("sandbox.number")).setAutoWidth(true);
        grid.addColumn(o -> formats.date(o.date())).setHeader(getTranslation("sandbox.date")).setAutoWidth(true);
        grid.addColumn(SandboxSnapshot.Order::status).setHeader(getTranslation("sandbox.status")).setAutoWidth(true);
        grid.addColumn(SandboxSnapshot.Order::customer).setHeader(getTranslation("sandbox.customer")).setFlexGrow(2);
        grid.addColumn(o -> formats.money(o.total())).setHeader(getTranslation("sandbox.total")).setAutoWidth(true);
        grid.setItems(matching(rows, o -> o.number() + " " + o.customer(), Comparator.comparing(SandboxSnapshot.Order::number)));
        return grid;
    }

    private <T> Grid<T> grid(String id) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.setMinHeight("20em");
        grid.setEmptyStateText(getTranslation("sandbox.empty"));
        return grid;
    }

    /** The filter box narrows every tab by SKU, name, e-mail or number (case-insensitive). */
    private <T> List<T> matching(List<T> rows, Function<T, String> text, Comparator<T> order) {
        String wanted = filter.getValue().trim().toLowerCase(Locale.ROOT);
        return rows.stream().filter(r -> wanted.isEmpty() || text.apply(r).toLowerCase(Locale.ROOT).contains(wanted))
                .sorted(order).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sandbox.title") + " | Passerelle";
    }
}
