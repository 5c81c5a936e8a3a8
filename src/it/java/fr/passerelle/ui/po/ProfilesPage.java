package fr.passerelle.ui.po;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The Profiles view: its grid and its column headers. */
public final class ProfilesPage {

    private final Page page;

    public ProfilesPage(Page page) {
        this.page = page;
    }

    public Locator grid() {
        return page.locator("#profiles-grid");
    }

    /** A cell's content (Vaadin renders cells into light-DOM slots). */
    public Locator cell(String text) {
        return grid().locator("vaadin-grid-cell-content").getByText(text, new Locator.GetByTextOptions().setExact(true));
    }

    /** Opens a profile's runs view by clicking its row. */
    public FlowsPage open(String profileName) {
        cell(profileName).click();
        return new FlowsPage(page);
    }

    public Locator heading() {
        return page.locator("h2");
    }
}
