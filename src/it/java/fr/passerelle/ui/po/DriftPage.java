package fr.passerelle.ui.po;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The drift screen of one profile: report lines, "compare now", the differences grid and its re-sync buttons. */
public final class DriftPage {

    private final Page page;

    public DriftPage(Page page) {
        this.page = page;
    }

    public Locator heading() {
        return page.locator("#drift-heading");
    }

    public Locator compareButton() {
        return page.locator("#drift-compare");
    }

    public Locator resyncAllButton() {
        return page.locator("#drift-resync-all");
    }

    /** The line of the latest report of a flow ("Prix : comparé le ..., 1 écart(s) ..."). */
    public Locator report(String flow) {
        return page.locator("#drift-report-" + flow);
    }

    public Locator grid() {
        return page.locator("#drift-grid");
    }

    /** The "Resynchroniser" button of the row of that key in that flow; absent once healed. */
    public Locator resyncButton(String flow, String key) {
        return page.locator("#drift-resync-" + flow + "-" + key);
    }

    /** A cell's content (Vaadin renders cells into light-DOM slots). */
    public Locator cell(String text) {
        return GridCells.visible(grid(), text);
    }

    public FlowsPage back() {
        page.locator("#drift-back").click();
        page.locator("#flows-heading").waitFor();
        return new FlowsPage(page);
    }
}
