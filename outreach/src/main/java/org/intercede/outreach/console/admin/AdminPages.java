package org.intercede.outreach.console.admin;

import io.micronaut.http.HttpRequest;
import org.intercede.outreach.console.ConsoleModel;
import org.intercede.outreach.console.auth.ConsoleRequest;
import org.intercede.outreach.console.auth.Role;

import java.util.Map;

/** What every admin page shares (the decoys page in {@code server} too): the admin check, then the console's page model. */
public final class AdminPages {
    private AdminPages() {
    }

    /**
     * The model of a whole admin page: {@link ConsoleModel#page} with the page's own {@code content} (typically
     * the model of the fragment the page refreshes). A user below admin gets a 403.
     */
    public static Map<String, Object> page(HttpRequest<?> request, String title, String active, Map<String, Object> content) {
        ConsoleRequest.requireRole(request, Role.ADMIN);
        Map<String, Object> model = ConsoleModel.page(request, title, active);
        model.putAll(content);
        return model;
    }
}
