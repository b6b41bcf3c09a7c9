package org.intercede.outreach.console.admin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import org.intercede.outreach.console.auth.ConsoleRequest;
import org.intercede.outreach.console.auth.ConsoleUser;
import org.intercede.outreach.console.auth.LoginThrottle;
import org.intercede.outreach.console.auth.NewUser;
import org.intercede.outreach.console.auth.Role;
import org.intercede.outreach.console.auth.UserStore;
import org.intercede.sms.phone.PhoneNumbers;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Accounts, for admins: the list, and add, edit, new password, disable, enable, unlock. A generated password
 * travels once, in the JSON answer the page shows ({@code shown}); it is never written anywhere in clear.
 */
@Controller("/console/admin/users")
@ExecuteOn(TaskExecutors.BLOCKING)
public class UsersPageController {
    private final UserStore users;
    private final LoginThrottle throttle;
    private final AccountDesk desk;

    public UsersPageController(UserStore users, LoginThrottle throttle, AccountDesk desk) {
        this.users = users;
        this.throttle = throttle;
        this.desk = desk;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @View("console/admin/users")
    Map<String, Object> page(HttpRequest<?> request) {
        return AdminPages.page(request, "Users", "users", list(request));
    }

    @Get(value = "/list", produces = MediaType.TEXT_HTML)
    @View("console/admin/users-list")
    Map<String, Object> list(HttpRequest<?> request) {
        // The page and its refreshed list both come through here: the admin check is in one place.
        ConsoleUser me = ConsoleRequest.requireRole(request, Role.ADMIN);
        Map<String, Object> model = new HashMap<>();
        model.put("roles", Arrays.stream(Role.values()).map(Role::label).toList());
        model.put("users", users.list().stream().map(u -> row(u, me)).toList());
        return model;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    Map<String, Object> create(HttpRequest<?> request, @Body Map<String, String> form) {
        ConsoleUser admin = ConsoleRequest.requireRole(request, Role.ADMIN);
        String capacity = form.get("capacity");
        NewUser user = new NewUser(form.get("username"), form.get("name"), Role.parse(form.get("role")),
                languages(form.get("languages")), capacity == null || capacity.isBlank() ? NewUser.DEFAULT_CAPACITY : number(capacity),
                form.get("phone"));
        AccountDesk.Created created = desk.create(admin, user);
        return Map.of("ok", true, "reset", true, "shown", "Account " + created.user().username()
                + " is ready. Its password, shown only this once: " + created.password());
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    Map<String, Object> update(HttpRequest<?> request, @PathVariable String id, @Body Map<String, String> form) {
        ConsoleUser admin = ConsoleRequest.requireRole(request, Role.ADMIN);
        ConsoleUser after = desk.update(admin, id, form.get("name"), Role.parse(form.get("role")),
                languages(form.get("languages")), number(form.get("capacity")), form.get("phone"),
                form.containsKey("removePhone"), form.containsKey("onCall"));
        return Map.of("ok", true, "shown", "Saved the changes to " + after.username() + ".");
    }

    @Post(value = "/{id}/password", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    Map<String, Object> password(HttpRequest<?> request, @PathVariable String id) {
        ConsoleUser admin = ConsoleRequest.requireRole(request, Role.ADMIN);
        String password = desk.resetPassword(admin, id);
        return Map.of("ok", true, "shown", "New password for " + users.find(id).map(ConsoleUser::username).orElse(id)
                + ", shown only this once: " + password + ". They were signed out everywhere.");
    }

    @Post(value = "/{id}/disable", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    Map<String, Object> disable(HttpRequest<?> request, @PathVariable String id) {
        desk.disable(ConsoleRequest.requireRole(request, Role.ADMIN), id);
        return Map.of("ok", true);
    }

    @Post(value = "/{id}/enable", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    Map<String, Object> enable(HttpRequest<?> request, @PathVariable String id) {
        desk.enable(ConsoleRequest.requireRole(request, Role.ADMIN), id);
        return Map.of("ok", true);
    }

    @Post(value = "/{id}/unlock", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    Map<String, Object> unlock(HttpRequest<?> request, @PathVariable String id) {
        desk.unlock(ConsoleRequest.requireRole(request, Role.ADMIN), id);
        return Map.of("ok", true);
    }

    @Error
    HttpResponse<Map<String, String>> badInput(HttpRequest<?> request, IllegalArgumentException e) {
        return HttpResponse.badRequest(Map.of("error", e.getMessage()));
    }

    private Map<String, Object> row(ConsoleUser u, ConsoleUser me) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", u.id());
        row.put("username", u.username());
        row.put("name", u.displayName());
        row.put("role", u.role().label());
        row.put("languages", String.join(", ", u.languages()));
        row.put("capacity", u.capacity());
        row.put("onCall", u.onCall());
        row.put("phone", u.phone() == null ? "none" : PhoneNumbers.mask(u.phone()));
        row.put("disabled", u.disabled());
        row.put("locked", throttle.lockedFor(u.username()).isPresent());
        row.put("self", u.id().equals(me.id()));
        return row;
    }

    /** "en, es" or "en es": the codes themselves are checked by the account's rules. */
    private static List<String> languages(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.stream(value.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("capacity must be a whole number of open cases, 1 to 50");
        }
    }
}
