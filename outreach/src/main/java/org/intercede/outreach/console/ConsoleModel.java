package org.intercede.outreach.console;

import io.micronaut.http.HttpRequest;
import org.intercede.outreach.console.auth.ConsoleRequest;
import org.intercede.outreach.console.auth.ConsoleUser;
import org.intercede.outreach.console.auth.Role;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/** What every console page needs: who is signed in, their CSRF token, and plain-language times. */
public final class ConsoleModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm");

    private ConsoleModel() {
    }

    public static Map<String, Object> page(HttpRequest<?> request, String title, String active) {
        ConsoleUser user = ConsoleRequest.user(request);
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("active", active);
        model.put("csrf", ConsoleRequest.session(request).csrfToken());
        model.put("me", Map.of("id", user.id(), "name", user.displayName(), "role", user.role().label(),
                "supervisor", user.role().atLeast(Role.SUPERVISOR), "admin", user.role().atLeast(Role.ADMIN)));
        return model;
    }

    /** "just now", "4 min ago", "2 h ago", "3 days ago". */
    public static String ago(Instant then, Instant now) {
        if (then == null) {
            return "";
        }
        Duration d = Duration.between(then, now);
        if (d.toMinutes() < 1) {
            return "just now";
        }
        if (d.toHours() < 1) {
            return d.toMinutes() + " min ago";
        }
        if (d.toDays() < 1) {
            return d.toHours() + " h ago";
        }
        return d.toDays() + (d.toDays() == 1 ? " day ago" : " days ago");
    }

    /** "in 3 min", or "overdue by 2 min". */
    public static String until(Instant due, Instant now) {
        if (due == null) {
            return "";
        }
        Duration d = Duration.between(now, due);
        long minutes = Math.abs(d.toMinutes());
        return d.isNegative() ? "overdue by " + minutes + " min" : "due in " + minutes + " min";
    }

    public static String when(Instant at, ZoneId zone) {
        return at == null ? "" : WHEN.format(at.atZone(zone));
    }
}
