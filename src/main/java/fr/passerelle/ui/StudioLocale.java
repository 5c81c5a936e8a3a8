package fr.passerelle.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The studio speaks French by default and English on request. The choice is kept in the
 * session and applied to every new UI, so a reload after switching shows the other language.
 */
@Component
public class StudioLocale implements VaadinServiceInitListener {

    public static final Locale FRENCH = Locale.FRANCE;
    public static final Locale ENGLISH = Locale.UK;
    public static final List<Locale> SUPPORTED = List.of(FRENCH, ENGLISH);
    private static final String SESSION_KEY = StudioLocale.class.getName();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(current()));
    }

    public static Locale current() {
        VaadinSession session = VaadinSession.getCurrent();
        Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
        return chosen instanceof Locale locale ? locale : FRENCH;
    }

    public static void switchTo(Locale locale) {
        VaadinSession.getCurrent().setAttribute(SESSION_KEY, locale);
        UI ui = UI.getCurrent();
        ui.setLocale(locale);
        ui.getPage().reload();
    }
}
