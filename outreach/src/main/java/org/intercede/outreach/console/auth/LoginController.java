package org.intercede.outreach.console.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * Signing in and out: translates between the sign-in form and {@link ConsoleSignIn}.
 *
 * <p>The form is protected from cross-site posting by a double-submit token: the page sets it in a cookie and in
 * a hidden field, and a post whose two copies differ is refused (another site can make a browser post the form,
 * but cannot read or set our cookie).
 */
@Controller("/console")
@ExecuteOn(TaskExecutors.BLOCKING)
public class LoginController {
    static final String VIEW = "console/login";
    private final ConsoleSignIn signIn;
    private final ConsoleCookies cookies;
    private final SessionStore sessions;

    public LoginController(ConsoleSignIn signIn, ConsoleCookies cookies, SessionStore sessions) {
        this.signIn = signIn;
        this.cookies = cookies;
        this.sessions = sessions;
    }

    @Get(value = "/login", produces = MediaType.TEXT_HTML)
    HttpResponse<?> page(@QueryValue @Nullable String next, HttpRequest<?> request) {
        boolean signedIn = request.getCookies().findCookie(ConsoleCookies.SESSION).map(Cookie::getValue)
                .flatMap(sessions::find).isPresent();
        if (signedIn) {
            return HttpResponse.seeOther(URI.create(ConsoleSignIn.safeNext(next)));
        }
        return form(request, HttpStatus.OK, next, null, "");
    }

    @Post(value = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> signIn(@Body Map<String, String> form, HttpRequest<?> request) {
        String next = form.get("next");
        String username = form.getOrDefault("username", "");
        String csrfCookie = request.getCookies().findCookie(ConsoleCookies.LOGIN_CSRF).map(Cookie::getValue).orElse(null);
        if (!Tokens.same(form.get("_csrf"), csrfCookie)) {
            return form(request, HttpStatus.FORBIDDEN, next, "The sign-in form expired. Please try again.", username);
        }
        ConsoleSignIn.Outcome outcome = signIn.signIn(username, form.get("password"), cookies.clientAddress(request));
        if (outcome.session() != null) {
            return HttpResponse.seeOther(URI.create(ConsoleSignIn.safeNext(next)))
                    .cookie(cookies.session(request, outcome.session().id()))
                    .cookie(cookies.loginCsrfExpired(request));
        }
        MutableHttpResponse<?> response = form(request, outcome.refusal() != null ? HttpStatus.TOO_MANY_REQUESTS
                : HttpStatus.UNAUTHORIZED, next, outcome.message(), username);
        if (outcome.refusal() != null) {
            response.header("Retry-After", Long.toString(Math.max(1, outcome.refusal().retryAfter().toSeconds())));
        }
        return response;
    }

    /** Signs this browser out; like every post under /console it needs the X-CSRF-Token header. */
    @Post("/logout")
    HttpResponse<?> signOut(HttpRequest<?> request) {
        signIn.signOut(ConsoleRequest.session(request), ConsoleRequest.user(request));
        return HttpResponse.seeOther(URI.create(ConsoleCookies.LOGIN_PATH)).cookie(cookies.sessionExpired(request));
    }

    /** The sign-in page with a fresh form token, in its cookie and in the form. */
    private MutableHttpResponse<?> form(HttpRequest<?> request, HttpStatus status, @Nullable String next,
                                        @Nullable String error, String username) {
        String token = Tokens.random();
        Map<String, Object> model = new HashMap<>();
        model.put("csrf", token);
        model.put("next", ConsoleSignIn.safeNext(next));
        model.put("error", error);
        model.put("username", username);
        return HttpResponse.status(status).body(new ModelAndView<>(VIEW, model)).cookie(cookies.loginCsrf(request, token));
    }
}
