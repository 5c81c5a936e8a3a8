package fr.passerelle.ui.po;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The runs view of one profile: its flows grid, run buttons, progress and last summary. */
public final class FlowsPage {

    private final Page page;

    public FlowsPage(Page page) {
        this.page = page;
    }

    public Locator heading() {
        return page.locator("#flows-heading");
    }

    public Locator grid() {
        return page.locator("#flows-grid");
    }

    public Locator runButton(String flow) {
        return page.locator("#run-" + flow);
    }

    public Locator dryRunButton(String flow) {
        return page.locator("#dry-run-" + flow);
    }

    /** The summary line of the run started from this page (also shown in a notification). */
    public Locator summary() {
        return page.locator("#run-summary");
    }

    public Locator progress() {
        return page.locator("#run-progress");
    }

    /** Opens the drift screen of this profile ("Écarts"). */
    public DriftPage openDrift() {
        page.locator("#open-drift").click();
        page.locator("#drift-heading").waitFor();
        return new DriftPage(page);
    }

    /** Opens the record history screen of this profile. */
    public LineagePage openLineage() {
        page.locator("#open-lineage").click();
        page.locator("#lineage-heading").waitFor();
        return new LineagePage(page);
    }
}
