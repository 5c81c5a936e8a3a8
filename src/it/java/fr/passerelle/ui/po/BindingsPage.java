package fr.passerelle.ui.po;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The binding registry of one profile: flow and match rule, bindings grid, bind-by-hand form. */
public final class BindingsPage {

    private final Page page;

    public BindingsPage(Page page) {
        this.page = page;
    }

    /** From the runs view, by its "Liaisons" link. */
    public static BindingsPage openFrom(Page page) {
        page.locator("#flows-bindings").click();
        return new BindingsPage(page);
    }

    public Locator heading() {
        return page.locator("#bindings-heading");
    }

    public Locator flow() {
        return page.locator("#bindings-flow");
    }

    public Locator rule() {
        return page.locator("#bindings-rule");
    }

    public Locator ruleHelp() {
        return page.locator("#bindings-rule-help");
    }

    public Locator count() {
        return page.locator("#bindings-count");
    }

    public Locator grid() {
        return page.locator("#bindings-grid");
    }

    /** A cell showing exactly this text (Vaadin keeps emptied rows' cells in the DOM, hidden). */
    public Locator cell(String text) {
        return GridCells.visible(grid(), text);
    }

    /** Picks an option of the match rule select by its visible text. */
    public void chooseRule(String label) {
        rule().click();
        page.locator("vaadin-select-item").getByText(label).click();
    }

    public void bind(String erpKey, String shopId) {
        page.locator("#bind-erp-key input").fill(erpKey);
        page.locator("#bind-shop-id input").fill(shopId);
        page.locator("#bind-button").click();
    }

    public Locator syncButton(String erpKey) {
        return page.locator("#resync-" + erpKey);
    }

    public Locator unbindButton(String erpKey) {
        return page.locator("#unbind-" + erpKey);
    }

    public Locator notification() {
        return page.locator("vaadin-notification-card").last();
    }
}
