package fr.passerelle.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.component.icon.VaadinIcon;
import jakarta.annotation.security.PermitAll;

/** The studio's frame: title, navigation, language and the signed-in user. */
@PermitAll
public class MainLayout extends AppLayout {

    MainLayout(AuthenticationContext authentication, SandboxReader sandboxes, fr.passerelle.account.StudioAccess access,
            fr.passerelle.demo.DemoRemoval demo) {
        H1 title = new H1("Passerelle");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        Span user = new Span(authentication.getPrincipalName().orElse(""));
        user.setId("current-user");
        Button logout = new Button(getTranslation("nav.logout"), e -> authentication.logout());
        logout.setId("logout");
        Button password = new Button(getTranslation("nav.password"), e -> getUI().ifPresent(
                ui -> ui.navigate(ChangePasswordView.class)));
        password.setId("change-password");
        HorizontalLayout right = new HorizontalLayout(new LanguageSwitch(), user, password, logout);
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, right);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.profiles"), ProfilesView.class, VaadinIcon.SHOP.create()));
        if (authentication.hasAnyRole("ADMIN", "CONSULTANT")) {
            SideNavItem create = new SideNavItem(getTranslation("nav.newProfile"), "profiles/new", VaadinIcon.PLUS.create());
            create.setId("nav-new-profile");
            nav.addItem(create);
        }
        // The sandbox page only while this studio serves sandboxes (the demo mode), for admins and the demo client.
        if (sandboxes.available() && SandboxView.allowed(access, demo)) {
            SideNavItem sandbox = new SideNavItem(getTranslation("nav.sandbox"), SandboxView.class,
                    VaadinIcon.FLASK.create());
            sandbox.setId("nav-sandbox");
            nav.addItem(sandbox);
        }
        if (authentication.hasRole("ADMIN")) {
            SideNavItem admin = new SideNavItem(getTranslation("nav.admin"), AdminView.class, VaadinIcon.COG.create());
            admin.setId("nav-admin");
            nav.addItem(admin);
            SideNavItem clients = new SideNavItem(getTranslation("nav.clients"), "admin/clients", VaadinIcon.USERS.create());
            clients.setId("nav-clients");
            nav.addItem(clients);
        }
        addToDrawer(nav);
    }
}
