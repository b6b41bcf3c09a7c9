package org.intercede.server.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Real Chromium for a test class: register it as {@code @RegisterExtension static final Browsers browsers = new
 * Browsers();}. One Playwright and one browser per class (each takes about a second to start), closed after
 * the class; a fresh context and page per test, so no cookie or localStorage leaks between tests.
 *
 * <p>The browser is Debian's {@code chromium} ({@code INTERCEDE_CHROMIUM} overrides the path); Playwright's own
 * browser download is switched off, so nothing is fetched. Without the browser the tests fail, naming the fix:
 * a browser test that skips itself on a machine without one would pass CI having checked nothing.
 * Headless unless {@code INTERCEDE_BROWSER_HEADED=1}.
 *
 * <p>Everything that goes wrong in the page (uncaught exceptions, console errors, requests that never got an
 * answer) is collected; {@link #assertNoPageErrors()} fails the test when there was any, so a broken script
 * cannot pass as an empty page. When a test fails, the page is saved to {@code target/screenshots/failed-*.png}.
 */
public final class Browsers implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    static final Path DEFAULT_CHROMIUM = Paths.get("/usr/bin/chromium");

    /*
     * No sandbox because CI runs as root, where Chromium refuses to start sandboxed. The rest keep a browser on
     * a closed network quiet: without them Chromium keeps trying to reach Google's services, and the refused
     * connections flood the log and slow the start.
     */
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage");

    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    private Page page;
    private final List<String> problems = new ArrayList<>();

    /** This test's page, in its own fresh context. */
    public Page page() {
        if (page == null) {
            throw new IllegalStateException("no page outside a test: register Browsers with @RegisterExtension on a static field");
        }
        return page;
    }

    /** What went wrong in the page so far: page errors, console errors, failed requests, one line each. */
    public List<String> pageErrors() {
        return List.copyOf(problems);
    }

    public void assertNoPageErrors() {
        List<String> seen = pageErrors();
        if (!seen.isEmpty()) {
            throw new AssertionError("the page reported " + seen.size() + " error(s):\n  " + String.join("\n  ", seen));
        }
    }

    @Override
    public void beforeAll(ExtensionContext extension) {
        Path chromium = chromium();
        // The driver (Playwright's node and its server, unpacked from the driver-bundle jar) must not download
        // browsers: we bring our own.
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium)
                    .setHeadless(!"1".equals(System.getenv("INTERCEDE_BROWSER_HEADED")))
                    .setArgs(ARGS));
        } catch (RuntimeException e) {
            playwright.close();
            playwright = null;
            throw e;
        }
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        problems.clear();
        // A fixed size, locale and time zone, so screenshots look the same on every machine.
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 800).setLocale("en-US").setTimezoneId("UTC"));
        page = context.newPage();
        page.onPageError(error -> problem("page error: " + error));
        page.onConsoleMessage(this::onConsole);
        page.onRequestFailed(this::onRequestFailed);
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        try {
            if (extension.getExecutionException().isPresent() && page != null && !page.isClosed()) {
                Screenshots.saveQuietly(page, "failed-" + extension.getRequiredTestClass().getSimpleName()
                        + "-" + extension.getRequiredTestMethod().getName());
            }
        } finally {
            page = null;
            if (context != null) {
                context.close();
                context = null;
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    static Path chromium() {
        String configured = System.getenv("INTERCEDE_CHROMIUM");
        Path path = configured == null || configured.isBlank() ? DEFAULT_CHROMIUM : Paths.get(configured);
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("Browser tests need Chromium, and there is none at " + path
                    + (configured == null || configured.isBlank() ? "" : " (INTERCEDE_CHROMIUM)")
                    + ". Install Debian's chromium (`apt-get install -y chromium`; .ci/run does this) or set"
                    + " INTERCEDE_CHROMIUM to a Chromium or Chrome executable.");
        }
        return path;
    }

    private void onConsole(ConsoleMessage message) {
        if ("error".equals(message.type())) {
            problem("console error: " + message.text() + " (" + message.location() + ")");
        }
    }

    private void onRequestFailed(Request request) {
        // ERR_ABORTED is the page itself cancelling a request (an EventSource closed when the conversation
        // changes, a navigation away): not a failure of the server.
        if (!"net::ERR_ABORTED".equals(request.failure())) {
            problem("request failed: " + request.method() + " " + request.url() + ": " + request.failure());
        }
    }

    private void problem(String line) {
        // Playwright calls listeners on the test's own thread, inside its API calls: no locking needed.
        problems.add(line);
    }
}
