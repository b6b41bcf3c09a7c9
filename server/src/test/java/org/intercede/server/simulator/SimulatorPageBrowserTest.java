package org.intercede.server.simulator;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.intercede.server.browser.Browsers;
import org.intercede.server.browser.Screenshots;
import org.intercede.sms.RunningApp;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The simulator page in a real browser, against the whole app: what a person trying Intercede first sees. */
class SimulatorPageBrowserTest {
    private static final String ECHO = "+12065550199";
    private static final String BUYER = "+12065550131";

    @RegisterExtension
    static final Browsers browsers = new Browsers();
    @AutoClose
    static final RunningApp app = RunningApp.start();

    @Test
    void aTextSentFromTheFormToTheEchoNumberComesBackLiveWithoutReloading() {
        Page page = browsers.page();
        page.navigate(app.base.resolve("/simulator").toString());

        page.locator("#from").fill(BUYER);
        page.locator("#from").dispatchEvent("change");
        page.locator("#to").selectOption(ECHO);
        assertThat(page.locator("#to-role")).containsText("echoes");
        assertThat(page.locator("#live")).hasText("live");
        // Survives only as long as this document does: a reload would drop it.
        page.evaluate("window.sameDocument = true");

        page.locator("#body").fill("is anyone there tonight?");
        page.locator("#compose button[type=submit]").click();

        Locator thread = page.locator("#thread");
        assertThat(thread.locator("li.sent")).containsText("is anyone there tonight?");
        // The reply comes only through the event stream: the POST answers with the sent message alone.
        assertThat(thread.locator("li.received")).containsText("is anyone there tonight?");
        assertThat(thread.locator("li")).hasCount(2);
        assertThat(page.locator("#body")).hasValue("");
        assertThat(page.locator("#error")).isEmpty();
        assertThat(page.evaluate("window.sameDocument === true")).isEqualTo(true);
        browsers.assertNoPageErrors();
        Screenshots.save(page, "simulator");
    }
}
