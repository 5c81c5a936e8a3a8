package fr.passerelle.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.passerelle.account.ClientAdministration;
import fr.passerelle.account.PasswordPolicy;
import fr.passerelle.store.Role;
import fr.passerelle.store.TenantRepository.Tenant;
import fr.passerelle.store.UserAccount;
import fr.passerelle.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;

/** Clients and users (administrators only): create a client, create a consultant or a merchant, reset a password. */
@Route(value = "admin/clients", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class ClientsView extends VerticalLayout implements HasDynamicTitle {

    private final ClientAdministration admin;
    private final Grid<Tenant> tenantGrid = new Grid<>();
    private final Grid<UserAccount> userGrid = new Grid<>();
    private final MultiSelectComboBox<Tenant> userTenants = new MultiSelectComboBox<>();

    public ClientsView(ClientAdministration admin) {
        this.admin = admin;
        setSizeFull();
        add(new H2(getTranslation("clients.title")));

        TextField tenantName = new TextField(getTranslation("clients.name"));
        tenantName.setId("client-name");
        Button createTenant = new Button(getTranslation("clients.create"), e -> {
            if (act(() -> admin.createTenant(tenantName.getValue()), getTranslation("clients.created", tenantName.getValue()))) {
                tenantName.clear();
            }
        });
        createTenant.setId("client-create");
        createTenant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout tenantForm = new HorizontalLayout(tenantName, createTenant);
        tenantForm.setAlignItems(FlexComponent.Alignment.BASELINE);
        tenantGrid.setId("clients-grid");
        tenantGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        tenantGrid.addColumn(Tenant::name).setHeader(getTranslation("clients.name")).setFlexGrow(1);
        tenantGrid.setHeight("14rem");
        add(new H3(getTranslation("clients.clients")), tenantForm, tenantGrid);

        TextField username = new TextField(getTranslation("users.username"));
        username.setId("user-name");
        PasswordField password = new PasswordField(getTranslation("users.password"));
        password.setId("user-password");
        password.setHelperText(getTranslation("users.passwordHelp"));
        Select<Role> role = new Select<>();
        role.setId("user-role");
        role.setLabel(getTranslation("users.role"));
        role.setItems(Role.CONSULTANT, Role.MERCHANT, Role.ADMIN);
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(Role.CONSULTANT);
        userTenants.setId("user-clients");
        userTenants.setLabel(getTranslation("users.clients"));
        userTenants.setItemLabelGenerator(Tenant::name);
        userTenants.setWidth("20rem");
        Button createUser = new Button(getTranslation("users.create"), e -> {
            if (act(() -> admin.createUser(username.getValue(), password.getValue(), role.getValue(),
                    userTenants.getValue().stream().map(Tenant::id).collect(Collectors.toSet())),
                    getTranslation("users.created", username.getValue()))) {
                username.clear();
                password.clear();
                userTenants.clear();
            }
        });
        createUser.setId("user-create");
        createUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout userForm = new HorizontalLayout(username, password, role, userTenants, createUser);
        userForm.setAlignItems(FlexComponent.Alignment.BASELINE);
        userForm.setWrap(true);

        userGrid.setId("users-grid");
        userGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        userGrid.addColumn(UserAccount::username).setHeader(getTranslation("users.username")).setAutoWidth(true);
        userGrid.addColumn(u -> getTranslation("role." + u.role().name())).setHeader(getTranslation("users.role"))
                .setAutoWidth(true);
        userGrid.addColumn(this::clientNames).setHeader(getTranslation("users.clients")).setFlexGrow(1);
        userGrid.addComponentColumn(u -> {
            Button reset = new Button(getTranslation("users.reset"), e -> resetDialog(u));
            reset.setId("reset-" + u.username());
            reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return reset;
        }).setHeader(getTranslation("users.actions")).setAutoWidth(true).setFlexGrow(0);
        add(new H3(getTranslation("users.title")), userForm, userGrid);
        refresh();
    }

    private String clientNames(UserAccount user) {
        if (user.role() == Role.ADMIN) {
            return getTranslation("users.allClients");
        }
        Map<Long, String> names = admin.tenants().stream().collect(Collectors.toMap(Tenant::id, Tenant::name));
        return user.tenantIds().stream().map(id -> names.getOrDefault(id, "?")).sorted().collect(Collectors.joining(", "));
    }

    private void resetDialog(UserAccount user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("users.resetTitle", user.username()));
        PasswordField password = new PasswordField(getTranslation("users.newPassword"));
        password.setId("reset-password");
        password.setHelperText(getTranslation("users.resetHelp"));
        password.setWidthFull();
        dialog.add(password);
        Button ok = new Button(getTranslation("users.reset"), e -> {
            if (act(() -> admin.resetPassword(user.username(), password.getValue()),
                    getTranslation("users.resetDone", user.username()))) {
                dialog.close();
            }
        });
        ok.setId("reset-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    /** Runs an action; a refusal (weak password, duplicate name) is said in words, never as a stack trace. */
    private boolean act(Runnable action, String done) {
        try {
            action.run();
        } catch (PasswordPolicy.WeakPasswordException e) {
            notify(e.problems().stream().map(p -> getTranslation(p.key(), PasswordPolicy.MIN_LENGTH))
                    .collect(Collectors.joining(" ")), NotificationVariant.LUMO_ERROR);
            return false;
        } catch (IllegalArgumentException e) {
            notify(e.getMessage(), NotificationVariant.LUMO_ERROR);
            return false;
        }
        notify(done, NotificationVariant.LUMO_SUCCESS);
        refresh();
        return true;
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 5000, Notification.Position.BOTTOM_END).addThemeVariants(variant);
    }

    private void refresh() {
        var tenants = admin.tenants();
        tenantGrid.setItems(tenants);
        userTenants.setItems(tenants);
        userGrid.setItems(admin.users());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clients.title") + " | Passerelle";
    }
}
