package fr.passerelle.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in page (Spring Security form login, posted to {@code /login}). */
@Route("login")
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    LoginView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setId("login-form");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        add(new H1("Passerelle"), new Paragraph(getTranslation("login.tagline")), form, new LanguageSwitch());
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        String wait = first(parameters.get("wait"));
        String locked = first(parameters.get("locked"));
        if (locked != null && locked.matches("\\d{1,12}")) {
            // the throttle refused the attempt unchecked: say so, whatever the password was
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.locked.message",
                    new Formats(getLocale()).dateTime(java.time.Instant.ofEpochSecond(Long.parseLong(locked))
                            .atOffset(java.time.ZoneOffset.UTC))));
            form.setI18n(i18n);
        } else if (wait != null && wait.matches("\\d{1,6}")) {
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.wait.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.wait.message", Integer.parseInt(wait)));
            form.setI18n(i18n);
        }
        form.setError(parameters.containsKey("error"));
    }

    private static @org.jspecify.annotations.Nullable String first(java.util.@org.jspecify.annotations.Nullable List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | Passerelle";
    }
}
