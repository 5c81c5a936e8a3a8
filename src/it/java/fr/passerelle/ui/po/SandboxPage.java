package fr.passerelle.ui.po;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The read-only sandbox page: one tab per shop sandbox, a count line and the records' grids. */
public final class SandboxPage {

    private final Page page;

    public SandboxPage(Page page) {
        this.page = page;
    }

    public SandboxPage openFromNavigation() {
        page.locator("#nav-sandbox").click();
        page.locator("#sandbox-shops").waitFor();
        return this;
    }

    public SandboxPage shop(String id) {
        page.locator("#sandbox-tab-" + id).click();
        return this;
    }

    public SandboxPage filter(String text) {
        page.locator("#sandbox-filter input").fill(text);
        page.locator("#sandbox-filter input").press("Enter");
        return this;
    }

    public Locator counts() {
        return page.locator("#sandbox-counts");
    }

    public Locator products() {
        return page.locator("#sandbox-products");
    }

    /** A cell of the products grid (Vaadin renders cells into light-DOM slots). */
    public Locator productCell(String text) {
        return products().locator("vaadin-grid-cell-content")
                .getByText(text, new Locator.GetByTextOptions().setExact(true));
    }
}
