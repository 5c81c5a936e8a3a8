package fr.passerelle.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The "not found" page (point 8): an unknown address, a profile or mapping that does not exist or
 * belongs to another client, an id that is not a number. Never an exception class on screen.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        setId("not-found");
        getStyle().set("padding", "var(--lumo-space-l)");
        add(new H2(getTranslation("error.notFound.title")), new Paragraph(getTranslation("error.notFound.text")),
                new RouterLink(getTranslation("error.back"), ProfilesView.class));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
