package fr.passerelle.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;

/** The page shell: Lumo theme, server push for progress bars. */
@Push
@StyleSheet(Lumo.STYLESHEET)
@PWA(name = "Passerelle", shortName = "Passerelle")
public class Shell implements AppShellConfigurator {
}
