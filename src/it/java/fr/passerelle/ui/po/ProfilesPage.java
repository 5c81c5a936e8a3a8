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
        return GridCells.visible(grid(), text);
    }

    /** Opens a profile's runs view: filters the grid by its name (tests add many profiles), clicks its row. */
    public FlowsPage open(String profileName) {
        filter(profileName);
        // The filtered grid re-renders its rows from recycled cells: a click may hold on to a cell
        // that is then hidden. Short attempts resolve the cell again each time.
        for (int attempt = 1; ; attempt++) {
            try {
                cell(profileName).click(new Locator.ClickOptions().setTimeout(3_000));
                break;
            } catch (com.microsoft.playwright.TimeoutError e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
        return new FlowsPage(page);
    }

    public void filter(String text) {
        page.locator("#profiles-filter input").fill(text);
    }

    public Locator heading() {
        return page.locator("h2");
    }
}
