package fr.passerelle.ui.po;

import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;

/**
 * Cells of a Vaadin grid as the user sees them. The grid recycles its cell elements and keeps
 * emptied ones in the DOM, hidden: a locator that matched any cell would wait on a stale one.
 */
final class GridCells {

    private GridCells() {
    }

    /** The visible cell showing exactly this text. */
    static Locator visible(Locator grid, String text) {
        return grid.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setVisible(true)
                .setHasText(Pattern.compile("^\\s*" + escaped(text) + "\\s*$")));
    }

    /** Regular-expression escaping that JavaScript understands too (Playwright runs the pattern there, where \Q..\E does not exist). */
    private static String escaped(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}-]", "\\\\$0");
    }
}
