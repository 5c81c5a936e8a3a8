package fr.passerelle.ui.po;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The record history screen: a key field, a search button, the runs grid with expandable payloads. */
public final class LineagePage {

    private final Page page;

    public LineagePage(Page page) {
        this.page = page;
    }

    public LineagePage search(String key) {
        page.locator("#lineage-key input").fill(key);
        page.locator("#lineage-search").click();
        return this;
    }

    public Locator heading() {
        return page.locator("#lineage-heading");
    }

    public Locator summary() {
        return page.locator("#lineage-summary");
    }

    public Locator grid() {
        return page.locator("#lineage-grid");
    }

    /** A cell's content (Vaadin renders cells into light-DOM slots). */
    public Locator cells(String text) {
        return GridCells.visible(grid(), text);
    }

    /** The payloads of the rows opened by a click. */
    public Locator payloads() {
        return grid().locator(".lineage-payload");
    }
}
