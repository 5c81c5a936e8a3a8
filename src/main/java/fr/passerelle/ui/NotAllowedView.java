package fr.passerelle.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import fr.passerelle.account.NotAllowedException;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** The "not allowed" page (point 8): the user is signed in, the page exists, their role does not open it. */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotAllowedView extends Div implements HasErrorParameter<NotAllowedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotAllowedException> parameter) {
        removeAll();
        setId("not-allowed");
        getStyle().set("padding", "var(--lumo-space-l)");
        add(new H2(getTranslation("error.notAllowed.title")), new Paragraph(getTranslation("error.notAllowed.text")),
                new RouterLink(getTranslation("error.back"), ProfilesView.class));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
