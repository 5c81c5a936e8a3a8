package fr.passerelle.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Small helpers to drive Vaadin fields by id in the studio journeys (issue 13), and their screenshots. */
final class StudioPages {

    private final Page page;

    StudioPages(Page page) {
        this.page = page;
    }

    void fill(String id, String value) {
        page.locator("#" + id + " input").fill(value);
    }

    void password(String id, String value) {
        page.locator("#" + id + " input").fill(value);
    }

    void click(String id) {
        page.locator("#" + id).click();
    }

    /** A vaadin-select: opens it and clicks the item with this label. */
    void select(String id, String label) {
        page.locator("#" + id).click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(label)).first().click();
    }

    /** A (multi-select) combo box: types the label and picks the matching item. */
    void combo(String id, String label) {
        page.locator("#" + id + " input").fill(label);
        page.locator("vaadin-combo-box-item, vaadin-multi-select-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*" + escaped(label) + "\\s*$")))
                .first().click();
        page.keyboard().press("Escape");
    }

    /** The visible grid cell with exactly this text. */
    Locator cell(String gridId, String text) {
        return page.locator("#" + gridId + " vaadin-grid-cell-content").filter(new Locator.FilterOptions().setVisible(true)
                .setHasText(Pattern.compile("^\\s*" + escaped(text) + "\\s*$")));
    }

    /** Clicks a grid cell; the grid recycles its cells, so short attempts resolve the cell again each time. */
    void clickCell(String gridId, String text) {
        for (int attempt = 1; ; attempt++) {
            try {
                cell(gridId, text).first().click(new Locator.ClickOptions().setTimeout(3_000));
                return;
            } catch (com.microsoft.playwright.TimeoutError e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    static String escaped(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}-]", "\\\\$0");
    }

    Locator notification() {
        return page.locator("vaadin-notification-card").last();
    }

    /** Issue 13 asks for the journeys' screenshots under target/screenshots/. */
    void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target", "screenshots", name + ".png")));
    }
}
