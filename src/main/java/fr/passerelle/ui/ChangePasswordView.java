package fr.passerelle.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.passerelle.account.AccountService;
import fr.passerelle.account.PasswordPolicy;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/**
 * Change of one's own password. A user whose password was generated (the first {@code admin})
 * is sent here before any other screen ({@link PasswordChangeGuard}) and cannot leave until the
 * password is changed; the new one must pass the {@link PasswordPolicy}.
 */
@Route("password")
@PermitAll
class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordField current = new PasswordField();
    private final PasswordField chosen = new PasswordField();
    private final PasswordField repeated = new PasswordField();
    private final Paragraph problems = new Paragraph();

    ChangePasswordView(AccountService accounts, AuthenticationContext authentication) {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        String username = authentication.getPrincipalName().orElse("");
        boolean forced = accounts.mustChangePassword(username);
        Paragraph intro = new Paragraph(getTranslation(forced ? "password.forced" : "password.intro",
                PasswordPolicy.MIN_LENGTH));
        intro.setId("password-intro");
        intro.setMaxWidth("30em");
        current.setLabel(getTranslation("password.current"));
        current.setId("password-current");
        chosen.setLabel(getTranslation("password.new"));
        chosen.setId("password-new");
        chosen.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        repeated.setLabel(getTranslation("password.repeat"));
        repeated.setId("password-repeat");
        for (PasswordField field : new PasswordField[] {current, chosen, repeated}) {
            field.setWidth("22em");
        }
        problems.setId("password-problems");
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        problems.setMaxWidth("30em");
        Button save = new Button(getTranslation("password.save"), e -> save(accounts, username));
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("password.title")), intro, current, chosen, repeated, problems, save);
        if (!forced) {
            Button back = new Button(getTranslation("password.back"), e -> UI.getCurrent().navigate(ProfilesView.class));
            back.setId("password-back");
            add(back);
        }
    }

    private void save(AccountService accounts, String username) {
        if (!chosen.getValue().equals(repeated.getValue())) {
            problems.setText(getTranslation("password.mismatch"));
            return;
        }
        switch (accounts.changePassword(username, current.getValue(), chosen.getValue())) {
            case AccountService.PasswordChange.WrongCurrentPassword w ->
                    problems.setText(getTranslation("password.wrongCurrent"));
            case AccountService.PasswordChange.Refused refused -> problems.setText(refused.problems().stream()
                    .map(p -> getTranslation(p.key(), PasswordPolicy.MIN_LENGTH)).collect(Collectors.joining(" ")));
            case AccountService.PasswordChange.Changed c -> {
                Notification.show(getTranslation("password.changed"), 4000, Notification.Position.BOTTOM_END)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                UI.getCurrent().navigate(ProfilesView.class);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " | Passerelle";
    }
}
