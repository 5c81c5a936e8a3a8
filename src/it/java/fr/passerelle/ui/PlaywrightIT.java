package fr.passerelle.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Owns the browser for UI tests: Debian's Chromium, headless, one per test class, a fresh
 * context (cookies) per test. Playwright never downloads a browser here.
 */
abstract class PlaywrightIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    private BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("UI tests need Debian's chromium at " + CHROMIUM
                    + " (apt-get install chromium; .ci/run does it)");
        }
        // Vaadin's first page load in a fresh JVM can take several seconds.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run",
                        "--disable-dev-shm-usage")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    /** Keeps what the browser showed at the end of each test, for the report and for failures. */
    @AfterEach
    void closePage(org.junit.jupiter.api.TestInfo test) {
        try {
            Path dir = Path.of("target", "ui-screenshots");
            Files.createDirectories(dir);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(dir.resolve(getClass().getSimpleName() + "-"
                            + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test") + ".png")));
        } catch (java.io.IOException | RuntimeException e) {
            // a missing screenshot never hides the test's own result
        } finally {
            context.close();
        }
    }

    /** A screenshot in the middle of a test (the one at its end is taken anyway). */
    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "ui-screenshots", getClass().getSimpleName() + "-" + name + ".png")));
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
