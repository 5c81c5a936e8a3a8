package fr.passerelle.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What Vaadin's access control shows when a signed-in user opens a view of another role (the
 * administration for a merchant): the same "not allowed" page, not an empty 403.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        setId("not-allowed");
        getStyle().set("padding", "var(--lumo-space-l)");
        add(new H2(getTranslation("error.notAllowed.title")), new Paragraph(getTranslation("error.notAllowed.text")),
                new RouterLink(getTranslation("error.back"), ProfilesView.class));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
