package fr.passerelle.ui;

import com.vaadin.flow.component.select.Select;
import java.util.Locale;

/** Français / English: switches the studio's language for this session. */
class LanguageSwitch extends Select<Locale> {

    LanguageSwitch() {
        setId("language-switch");
        setItems(StudioLocale.SUPPORTED);
        setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale).substring(0, 1).toUpperCase(locale)
                + locale.getDisplayLanguage(locale).substring(1));
        setValue(StudioLocale.current());
        setAriaLabel("Langue / Language");
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                StudioLocale.switchTo(e.getValue());
            }
        });
    }
}
