package fr.passerelle.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import fr.passerelle.account.ProfileCatalog;
import fr.passerelle.store.ShopProfile;
import java.util.Optional;

/** The views under {@code profiles/:profileId/...}: which profile they show, and links between them. */
public final class ProfileRoutes {

    public static final String PROFILE_ID = "profileId";

    private ProfileRoutes() {
    }

    /**
     * The route's profile if the user may see it (ProfileCatalog's rule); otherwise (unknown,
     * another client's, or not a number) the navigation shows the "not found" page and the result
     * is empty: another client's profile is not even said to exist.
     */
    public static Optional<ShopProfile> enter(BeforeEnterEvent event, ProfileCatalog catalog) {
        Optional<ShopProfile> visible = id(event)
                .flatMap(id -> catalog.visibleToCurrentUser().stream().filter(p -> p.id() == id).findFirst());
        if (visible.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "profile");
        }
        return visible;
    }

    /** The same for views that check through {@link fr.passerelle.account.StudioAccess} (a non-numeric id is "not found"). */
    public static Optional<ShopProfile> enter(BeforeEnterEvent event, fr.passerelle.account.StudioAccess access) {
        Optional<ShopProfile> visible = id(event).flatMap(access::visibleProfile);
        if (visible.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "profile");
        }
        return visible;
    }

    /** The flows (runs) view of a profile, for links from other packages. */
    public static Class<? extends com.vaadin.flow.component.Component> flowsView() {
        return FlowsView.class;
    }

    /** The route's profile id; empty when it is not a number (a "not found", never an exception on screen). */
    public static Optional<Long> id(BeforeEnterEvent event) {
        return event.getRouteParameters().get(PROFILE_ID).filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf);
    }

    public static RouteParameters of(ShopProfile profile) {
        return new RouteParameters(PROFILE_ID, Long.toString(profile.id()));
    }
}
