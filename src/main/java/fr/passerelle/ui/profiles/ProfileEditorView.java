package fr.passerelle.ui.profiles;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import fr.passerelle.account.NotAllowedException;
import fr.passerelle.account.ProfileSetup;
import fr.passerelle.account.StudioAccess;
import fr.passerelle.connector.ConnectorDescriptor;
import fr.passerelle.connector.ConnectorKind;
import fr.passerelle.connector.ConnectorRegistry;
import fr.passerelle.flow.FlowCatalog;
import fr.passerelle.flow.FlowDefinition;
import fr.passerelle.store.ShopProfile;
import fr.passerelle.store.TenantRepository;
import fr.passerelle.store.TenantRepository.Tenant;
import fr.passerelle.ui.MainLayout;
import fr.passerelle.ui.ProfileRoutes;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A profile's set-up (point 1): the client, the ERP and the shop with their addresses and
 * credentials (secrets write-only), the profile's settings, the flows switched on or off (a flow
 * the shop cannot have is greyed with the reason), and "Tester la connexion". A new profile starts
 * from the default templates, so its flows run at once.
 */
@Route(value = "profiles/new", layout = MainLayout.class)
@RouteAlias(value = "profiles/:profileId/settings", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "CONSULTANT"})
public class ProfileEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Profile settings every profile may have (on top of the connectors' options). */
    static final List<String> PROFILE_SETTINGS = List.of("stock.warehouses", "prices.includeTax", "pageSize");

    private final StudioAccess access;
    private final ProfileSetup setup;
    private final ConnectorRegistry registry;
    private final ConnectionCheck check;
    private final TenantRepository tenants;
    private final H2 heading = new H2();
    private final Select<Tenant> tenant = new Select<>();
    private final TextField name = new TextField();
    private final Select<ConnectorDescriptor> erpType = new Select<>();
    private final Select<ConnectorDescriptor> shopType = new Select<>();
    private final Div erpBox = new Div();
    private final Div shopBox = new Div();
    private final FormLayout settingsForm = new FormLayout();
    private final Map<String, TextField> settingFields = new LinkedHashMap<>();
    private final Checkbox merchantExpressions = new Checkbox();
    private final VerticalLayout flowsBox = new VerticalLayout();
    private final Map<String, Checkbox> flowSwitches = new LinkedHashMap<>();
    private final VerticalLayout checkResult = new VerticalLayout();
    private ConnectorForm erpForm;
    private ConnectorForm shopForm;
    private ShopProfile editing;

    public ProfileEditorView(StudioAccess access, ProfileSetup setup, ConnectorRegistry registry, ConnectionCheck check,
            TenantRepository tenants) {
        this.access = access;
        this.setup = setup;
        this.registry = registry;
        this.check = check;
        this.tenants = tenants;
        setMaxWidth("72rem");
        heading.setId("profile-heading");
        tenant.setId("profile-client");
        tenant.setLabel(getTranslation("profile.client"));
        tenant.setItemLabelGenerator(Tenant::name);
        name.setId("profile-name");
        name.setLabel(getTranslation("profile.name"));
        name.setRequired(true);
        name.setWidth("24rem");
        erpType.setId("profile-erp-type");
        erpType.setLabel(getTranslation("profile.erpType"));
        erpType.setItemLabelGenerator(ConnectorDescriptor::displayName);
        erpType.setItems(descriptors(ConnectorKind.ERP));
        shopType.setId("profile-shop-type");
        shopType.setLabel(getTranslation("profile.shopType"));
        shopType.setItemLabelGenerator(ConnectorDescriptor::displayName);
        shopType.setItems(descriptors(ConnectorKind.SHOP));
        erpType.addValueChangeListener(e -> rebuildConnectors());
        shopType.addValueChangeListener(e -> rebuildConnectors());
        erpType.setValue(descriptors(ConnectorKind.ERP).getFirst());
        shopType.setValue(descriptors(ConnectorKind.SHOP).stream().filter(d -> d.id().equals("woocommerce")).findFirst()
                .orElse(descriptors(ConnectorKind.SHOP).getFirst()));

        for (String key : PROFILE_SETTINGS) {
            TextField field = new TextField(getTranslation("profile.setting." + key));
            field.setId("setting-" + key.replace('.', '-'));
            settingFields.put(key, field);
            settingsForm.add(field);
        }
        merchantExpressions.setLabel(getTranslation("profile.merchantExpressions"));
        merchantExpressions.setId("setting-merchant-expressions");
        settingsForm.add(merchantExpressions, 2);
        flowsBox.setPadding(false);
        flowsBox.setSpacing(false);
        flowsBox.setId("profile-flows");
        checkResult.setId("check-result");
        checkResult.setPadding(false);
        checkResult.setSpacing(false);

        Button test = new Button(getTranslation("profile.test"), VaadinIcon.CONNECT.create(), e -> testConnection());
        test.setId("profile-test");
        Button save = new Button(getTranslation("profile.save"), e -> save());
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout types = new HorizontalLayout(tenant, name, erpType, shopType);
        types.setWrap(true);
        add(heading, types, new H3(getTranslation("profile.erp")), erpBox, new H3(getTranslation("profile.shop")), shopBox,
                new HorizontalLayout(test), checkResult, new H3(getTranslation("profile.settings")), settingsForm,
                new H3(getTranslation("profile.flows")), flowsBox, save);
    }

    private List<ConnectorDescriptor> descriptors(ConnectorKind kind) {
        return registry.descriptors().stream().filter(d -> d.kind() == kind).toList();
    }

    private void rebuildConnectors() {
        if (erpType.getValue() == null || shopType.getValue() == null) {
            return;
        }
        String stored = getTranslation("profile.secretStored");
        erpForm = new ConnectorForm("erp", erpType.getValue(), getTranslation("profile.erpUrl"), "");
        shopForm = new ConnectorForm("shop", shopType.getValue(), getTranslation("profile.shopUrl"), "");
        erpBox.removeAll();
        erpBox.add(erpForm);
        shopBox.removeAll();
        shopBox.add(shopForm);
        if (editing != null) {
            erpForm.show(editing.erpBaseUrl(), editing.erpCredentials(), editing.settings(), "erp");
            shopForm.show(editing.baseUrl(), editing.credentials(), editing.settings(), "shop");
            erpForm.markSecretsStored(editing.erpCredentials().keySet(), stored);
            shopForm.markSecretsStored(editing.credentials().keySet(), stored);
        }
        rebuildFlows();
    }

    /** Every flow, switched on by default where the shop has it and a template exists; the others greyed with why. */
    private void rebuildFlows() {
        flowsBox.removeAll();
        flowSwitches.clear();
        ConnectorDescriptor erp = erpType.getValue();
        ConnectorDescriptor shop = shopType.getValue();
        for (FlowDefinition flow : FlowCatalog.all()) {
            Checkbox box = new Checkbox(getTranslation("flow." + flow.id()));
            box.setId("flow-switch-" + flow.id());
            String reason = null;
            if (!shop.flows().contains(flow.id())) {
                reason = getTranslation("profile.flowNotOffered", shop.displayName());
            } else if (ProfileSetup.template(erp.id(), shop.id(), flow.id()).isEmpty()) {
                reason = getTranslation("profile.flowNoTemplate", erp.displayName(), shop.displayName());
            }
            Component line;
            if (reason != null) {
                box.setEnabled(false);
                box.setValue(false);
                Span why = new Span(reason);
                why.setId("flow-reason-" + flow.id());
                why.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                        .set("margin-left", "var(--lumo-space-m)");
                HorizontalLayout row = new HorizontalLayout(box, why);
                row.setAlignItems(Alignment.BASELINE);
                line = row;
            } else {
                box.setValue(editing == null || ProfileSetup.flowOn(editing, flow.id()));
                flowSwitches.put(flow.id(), box);
                line = box;
            }
            flowsBox.add(line);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get(ProfileRoutes.PROFILE_ID);
        List<Tenant> manageable = tenants.findAll().stream().filter(t -> access.canManageTenant(t.id())).toList();
        tenant.setItems(manageable);
        if (id.isEmpty()) {
            editing = null;
            heading.setText(getTranslation("profile.newTitle"));
            if (!manageable.isEmpty()) {
                tenant.setValue(manageable.getFirst());
            }
            rebuildConnectors();
            return;
        }
        var profile = ProfileRoutes.id(event).flatMap(access::visibleProfile);
        if (profile.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "profile");
            return;
        }
        if (!access.canManageTenant(profile.get().tenantId())) {
            event.rerouteToError(NotAllowedException.class, "profile");
            return;
        }
        editing = profile.get();
        heading.setText(getTranslation("profile.editTitle", editing.name()));
        tenant.setValue(manageable.stream().filter(t -> t.id() == editing.tenantId()).findFirst().orElse(null));
        tenant.setReadOnly(true);
        name.setValue(editing.name());
        erpType.setValue(registry.erp(editing.erpType()).orElseThrow().descriptor());
        shopType.setValue(registry.shop(editing.shopType()).orElseThrow().descriptor());
        erpType.setReadOnly(true);
        shopType.setReadOnly(true);
        rebuildConnectors();
        settingFields.forEach((key, field) -> field.setValue(editing.settings().getOrDefault(key, "")));
        merchantExpressions.setValue("true".equals(editing.settings().get(StudioAccess.MERCHANT_EXPRESSIONS)));
    }

    private Map<String, String> settings() {
        Map<String, String> out = new HashMap<>(erpForm.options("erp"));
        out.putAll(shopForm.options("shop"));
        settingFields.forEach((key, field) -> {
            if (!field.getValue().isBlank()) {
                out.put(key, field.getValue().strip());
            }
        });
        out.put(StudioAccess.MERCHANT_EXPRESSIONS, Boolean.toString(merchantExpressions.getValue()));
        return out;
    }

    private void testConnection() {
        Map<String, String> erpCredentials = new HashMap<>(editing == null ? Map.of() : editing.erpCredentials());
        erpCredentials.putAll(erpForm.credentials());
        Map<String, String> shopCredentials = new HashMap<>(editing == null ? Map.of() : editing.credentials());
        shopCredentials.putAll(shopForm.credentials());
        Map<String, String> settings = settings();
        checkResult.removeAll();
        for (ConnectionCheck.Line line : check.check(erpType.getValue().id(),
                ConnectionCheck.settings(erpForm.url(), erpCredentials, prefixed(settings, "erp.")),
                shopType.getValue().id(),
                ConnectionCheck.settings(shopForm.url(), shopCredentials, prefixed(settings, "shop.")))) {
            String system = line.system().equals("erp") ? erpType.getValue().displayName() : shopType.getValue().displayName();
            Span text = new Span((line.ok() ? "\u2714 " : "\u2716 ") + system + " : "
                    + getTranslation(line.key(), line.arguments().toArray()));
            text.addClassName(line.ok() ? "check-ok" : "check-failed");
            text.getStyle().set("color", line.ok() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
            checkResult.add(text);
        }
    }

    private static Map<String, String> prefixed(Map<String, String> settings, String prefix) {
        Map<String, String> out = new HashMap<>();
        settings.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return out;
    }

    private void save() {
        try {
            List<String> on = flowSwitches.entrySet().stream().filter(e -> e.getValue().getValue()).map(Map.Entry::getKey)
                    .toList();
            ShopProfile saved;
            if (editing == null) {
                if (tenant.getValue() == null) {
                    throw new IllegalArgumentException(getTranslation("profile.noClient"));
                }
                saved = setup.create(new ProfileSetup.NewProfile(tenant.getValue().id(), name.getValue(),
                        erpType.getValue().id(), erpForm.url(), erpForm.credentials(), shopType.getValue().id(),
                        shopForm.url(), shopForm.credentials(), settings()), on);
            } else {
                saved = setup.update(editing.id(), name.getValue(), shopForm.url(), erpForm.url(), shopForm.credentials(),
                        erpForm.credentials(), settings());
                for (var entry : flowSwitches.entrySet()) {
                    if (entry.getValue().getValue() != ProfileSetup.flowOn(editing, entry.getKey())) {
                        setup.switchFlow(editing.id(), entry.getKey(), entry.getValue().getValue());
                    }
                }
            }
            Notification.show(getTranslation("profile.saved", saved.name()), 4000, Notification.Position.BOTTOM_END)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate("profiles/" + saved.id() + "/flows");
        } catch (IllegalArgumentException | NotAllowedException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.BOTTOM_END)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " | Passerelle";
    }
}
