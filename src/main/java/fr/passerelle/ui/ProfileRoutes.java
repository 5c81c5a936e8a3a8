package fr.passerelle.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import fr.passerelle.account.ProfileCatalog;
import fr.passerelle.store.ShopProfile;
import java.util.Optional;

/** The views under {@code profiles/:profileId/...}: which profile they show, and links between them. */
final class ProfileRoutes {

    static final String PROFILE_ID = "profileId";

    private ProfileRoutes() {
    }

    /**
     * The route's profile if the user may see it (ProfileCatalog's rule); otherwise the navigation is
     * sent back to the profiles list and the result is empty.
     */
    static Optional<ShopProfile> enter(BeforeEnterEvent event, ProfileCatalog catalog) {
        Optional<ShopProfile> visible = event.getRouteParameters().getLong(PROFILE_ID)
                .flatMap(id -> catalog.visibleToCurrentUser().stream().filter(p -> p.id() == id).findFirst());
        if (visible.isEmpty()) {
            event.forwardTo(ProfilesView.class);
        }
        return visible;
    }

    static RouteParameters of(ShopProfile profile) {
        return new RouteParameters(PROFILE_ID, Long.toString(profile.id()));
    }
}
