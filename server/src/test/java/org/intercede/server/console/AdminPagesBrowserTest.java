package org.intercede.server.console;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.intercede.outreach.console.auth.NewUser;
import org.intercede.outreach.console.auth.Role;
import org.intercede.outreach.console.auth.UserStore;
import org.intercede.server.browser.Browsers;
import org.intercede.server.browser.Screenshots;
import org.intercede.sms.RunningApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The admin pages in a real browser: forms go through the console's script, and a new password shows once. */
class AdminPagesBrowserTest {
    private static final String PASSWORD = "correct horse battery";

    @RegisterExtension
    static final Browsers browsers = new Browsers();
    private static RunningApp app;

    @BeforeAll
    static void start() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("intercede.console.password-memory", "64");
        properties.put("intercede.console.password-iterations", "1");
        app = RunningApp.start(properties);
        app.bean(UserStore.class).create("test", new NewUser("maria", "Maria G.", Role.ADMIN, List.of("en"), 5, null), PASSWORD);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void anAdminAddsAnAccountSeesItsPasswordOnceAndDisablesIt() {
        Page page = browsers.page();
        page.navigate(app.base.resolve("/console/admin/users").toString());
        page.locator("#username").fill("maria");
        page.locator("#password").fill(PASSWORD);
        page.locator("button[type=submit]").click();
        assertThat(page.locator("h1")).hasText("Users");

        Locator add = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Add an account"));
        add.getByLabel("Username", new Locator.GetByLabelOptions().setExact(true)).fill("lee");
        add.getByLabel("Name colleagues see").fill("Lee Park");
        add.getByLabel("Role", new Locator.GetByLabelOptions().setExact(true)).selectOption("supervisor");
        add.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add the account")).click();
        assertThat(page.locator("[data-shown]")).containsText("Account lee is ready. Its password, shown only this once:");
        assertThat(page.locator("[data-shown]")).isFocused();
        assertThat(page.locator("#new-username")).hasValue("");
        Locator lee = page.locator("#users tr").filter(new Locator.FilterOptions().setHasText("Lee Park"));
        assertThat(lee).containsText("supervisor");
        Screenshots.save(page, "console-admin-users");

        lee.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Disable lee")).click();
        assertThat(lee).containsText("disabled");
        assertThat(app.bean(UserStore.class).findByUsername("lee").orElseThrow().disabled()).isTrue();

        for (String admin : List.of("numbers", "campaigns", "catalog", "decoys")) {
            page.navigate(app.base.resolve("/console/admin/" + admin).toString());
            assertThat(page.locator("nav a[aria-current=page]")).hasAttribute("href", "/console/admin/" + admin);
            Screenshots.save(page, "console-admin-" + admin);
        }
        browsers.assertNoPageErrors();
    }
}
