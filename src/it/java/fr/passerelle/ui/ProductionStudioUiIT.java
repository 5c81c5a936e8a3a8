package fr.passerelle.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.account.AccountService;
import fr.passerelle.platform.EmbeddedPostgres;
import fr.passerelle.security.StudioHttp;
import fr.passerelle.store.Role;
import fr.passerelle.ui.po.LoginPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The studio as it runs in production (issue 17): an external PostgreSQL ({@code spring.datasource.url};
 * here a throwaway server this test starts), no admin password given, behind a TLS reverse proxy
 * ({@code server.forward-headers-strategy=native}). The sign-in lock is shortened to 8 s and the
 * longest delay to 2 s so that "until the lock ends" happens within the test; the counts are the
 * defaults (5 failures: delays, 30: lock).
 */
@SpringBootTest(classes = fr.passerelle.StudioApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "passerelle.data-dir=" + ProductionStudioUiIT.DATA_DIR,
            "passerelle.secret-key=integration-tests-only-secret",
            "passerelle.drift.enabled=false",
            "server.forward-headers-strategy=native",
            "passerelle.sign-in.lock-duration=8s",
            "passerelle.sign-in.max-delay=2s"
        })
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionStudioUiIT extends PlaywrightIT {

    static final String DATA_DIR = "target/test-data-production";
    private static final EmbeddedPostgres EXTERNAL = startExternalDatabase();

    /** A PostgreSQL server of its own, which the studio sees as any external server. */
    private static EmbeddedPostgres startExternalDatabase() {
        deleteFolder(Path.of(DATA_DIR));
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "passerelle-it-external-" + ProcessHandle.current().pid());
        deleteFolder(folder);
        EmbeddedPostgres server = EmbeddedPostgres.start(folder, true);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        return server;
    }

    private static void deleteFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", EXTERNAL::jdbcUrl);
        registry.add("spring.datasource.username", EXTERNAL::user);
        registry.add("spring.datasource.password", EXTERNAL::password);
    }

    @Autowired
    AccountService accounts;

    private StudioHttp http() {
        return new StudioHttp("http://127.0.0.1:" + port);
    }

    @Test
    @Order(1)
    void withAnExternalDatabaseTheSandboxesAnswer404EvenToThisMachine() throws Exception {
        assertThat(http().get("/sandbox/erp/entity/Default/24.200.001/StockItem").statusCode()).isEqualTo(404);
        assertThat(http().get("/sandbox/woocommerce/wp-json/wc/v3/products").statusCode()).isEqualTo(404);
        assertThat(http().get("/sandbox/echo/x").statusCode()).isEqualTo(404);
    }

    @Test
    @Order(2)
    void theGeneratedFirstPasswordIsInAnOwnerOnlyFileNeverInTheLogAndGoesOnceChanged(CapturedOutput output)
            throws Exception {
        Path file = Path.of(DATA_DIR, "initial-admin-password").toAbsolutePath().normalize();
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String generated = Files.readString(file).strip();
        assertThat(generated).hasSize(20);
        assertThat(output.getAll()).as("the log names the file").contains(file.toString());
        assertThat(output.getAll()).as("the log never shows the password").doesNotContain(generated);
        assertThat(accounts.mustChangePassword("admin")).isTrue();

        new LoginPage(page).open(url("/")).signIn("admin", generated);
        assertThat(page.locator("#password-intro")).containsText("généré au premier démarrage");
        page.navigate(url("/profiles"));
        // no other screen before the change
        assertThat(page.locator("#password-intro")).isVisible();
        screenshot("forced-change");

        page.locator("#password-current input").fill(generated);
        page.locator("#password-new input").fill("admin2026");
        page.locator("#password-repeat input").fill("admin2026");
        page.locator("#password-save").click();
        assertThat(page.locator("#password-problems")).containsText("au moins 12 caractères");
        assertThat(page.locator("#password-problems")).containsText("identifiant");
        assertThat(file).exists();

        String chosen = "Pont-Neuf-Passerelle-75001";
        page.locator("#password-new input").fill(chosen);
        page.locator("#password-repeat input").fill(chosen);
        page.locator("#password-save").click();
        assertThat(page.locator("#profiles-grid")).isVisible();
        assertThat(file).as("deleted once the password is changed").doesNotExist();
        assertThat(accounts.mustChangePassword("admin")).isFalse();
        assertThat(output.getAll()).doesNotContain(chosen);
        assertThat(StudioHttp.signedIn(http().signIn("admin", chosen))).isTrue();
    }

    @Test
    @Order(3)
    void theThirtyFirstAttemptIsRefusedEvenWithTheRightPasswordUntilTheLockEnds() throws Exception {
        long run = System.nanoTime() % 1_000_000;
        String user = "cible-" + run;
        String password = "Quai-des-Brumes-" + run;
        accounts.createUser(user, password, Role.CONSULTANT, Set.of());
        StudioHttp client = http();

        for (int i = 1; i <= 30; i++) {
            HttpResponse<String> wrong = client.signIn(user, "wrong-password-" + i);
            assertThat(StudioHttp.signedIn(wrong)).isFalse();
            if (i == 6) {
                // the 6th comes within the delay started by the 5th: refused unchecked, with the wait
                assertThat(wrong.headers().firstValue("Location")).get().asString().contains("wait=");
            }
        }
        long lockedAt = System.nanoTime();
        HttpResponse<String> right = client.signIn(user, password);
        assertThat(StudioHttp.signedIn(right)).as("the 31st attempt, with the right password").isFalse();
        assertThat(right.headers().firstValue("Location")).get().asString().contains("locked=");
        page.navigate(right.headers().firstValue("Location").orElseThrow());
        assertThat(page.locator("#login-form")).containsText("Connexion verrouillée");
        screenshot("locked");
        Thread.sleep(Math.max(0, 3_000 - (System.nanoTime() - lockedAt) / 1_000_000));
        assertThat(StudioHttp.signedIn(client.signIn(user, password))).as("still locked after 3 s").isFalse();

        long waited = (System.nanoTime() - lockedAt) / 1_000_000;
        Thread.sleep(Math.max(0, 8_500 - waited));
        HttpResponse<String> afterTheLock = http().signIn(user, password);
        assertThat(StudioHttp.signedIn(afterTheLock)).as("the lock ended: %s", afterTheLock.headers().map()).isTrue();
    }

    @Test
    @Order(4)
    void behindAnHttpsProxyTheSessionCookieIsSecure() throws Exception {
        HttpResponse<String> login = http().get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For",
                "203.0.113.9");

        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=")
                .contains("Secure").contains("HttpOnly").contains("SameSite=Lax"));
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(login.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("frame-ancestors 'none'");
    }
}
