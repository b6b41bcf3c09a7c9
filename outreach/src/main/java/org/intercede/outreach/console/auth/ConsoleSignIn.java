package org.intercede.outreach.console.auth;

import jakarta.inject.Singleton;
import org.intercede.outreach.console.ConsoleSettings;
import org.intercede.outreach.console.audit.AuditLog;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** Signing in (throttle, password, session, audit) and out, apart from HTTP. */
@Singleton
public class ConsoleSignIn {
    static final String HOME = "/console";
    static final String WRONG = "Wrong username or password.";

    private final UserStore users;
    private final SessionStore sessions;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final ConsoleSettings settings;

    public ConsoleSignIn(UserStore users, SessionStore sessions, LoginThrottle throttle, AuditLog audit, ConsoleSettings settings) {
        this.users = users;
        this.sessions = sessions;
        this.throttle = throttle;
        this.audit = audit;
        this.settings = settings;
    }

    /**
     * What came of a sign-in: a session; or a refusal (locked username or address) with the wait; or neither,
     * for a wrong username or password. {@code message} is what the person is told.
     */
    public record Outcome(ConsoleSession session, LoginThrottle.Refusal refusal, String message) {
    }

    public Outcome signIn(String username, String password, String clientAddress) {
        Optional<LoginThrottle.Refusal> refused = throttle.check(username, clientAddress);
        if (refused.isPresent()) {
            return refusal(refused.get());
        }
        Optional<ConsoleUser> user = users.authenticate(username, password);
        if (user.isEmpty()) {
            // Only a real username goes into the trail: people sometimes type their password in the username field.
            String known = users.findByUsername(username).map(ConsoleUser::username).orElse(null);
            String from = "from " + clientAddress + (known == null ? ", unknown username" : "");
            audit.append(AuditLog.SYSTEM, "login-failed", known, from);
            if (throttle.recordFailure(username, clientAddress)) {
                audit.append(AuditLog.SYSTEM, "lockout", known, settings.lockoutAttempts() + " failed sign-ins, " + from);
                return refusal(new LoginThrottle.Refusal(LoginThrottle.Reason.ACCOUNT_LOCKED, settings.lockoutDuration()));
            }
            return new Outcome(null, null, WRONG);
        }
        throttle.recordSuccess(username);
        ConsoleSession session = sessions.create(user.get(), clientAddress);
        audit.append(user.get().id(), "login", user.get().username(), "from " + clientAddress);
        return new Outcome(session, null, null);
    }

    public void signOut(ConsoleSession session, ConsoleUser user) {
        sessions.delete(session.id());
        audit.append(user.id(), "logout", user.username(), null);
    }

    private static Outcome refusal(LoginThrottle.Refusal refusal) {
        long minutes = refusal.minutes();
        return new Outcome(null, refusal, "Too many failed attempts. Try again in " + minutes + (minutes == 1 ? " minute." : " minutes."));
    }

    /**
     * Where to go after signing in: {@code next} when it is a path of ours under /console (not the sign-in page
     * itself), else /console. Anything else could send a person who just signed in to another site.
     */
    static String safeNext(String next) {
        if (next == null || !next.startsWith(HOME) || next.contains("\\") || next.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return HOME;
        }
        try {
            URI uri = new URI(next);
            String path = uri.getRawPath();
            boolean ours = uri.getScheme() == null && uri.getRawAuthority() == null && path != null
                    && (path.equals(HOME) || path.startsWith(HOME + "/")) && !path.contains("//")
                    && uri.normalize().getRawPath().equals(path) && !path.startsWith(ConsoleCookies.LOGIN_PATH)
                    && uri.getRawFragment() == null;
            return ours ? next : HOME;
        } catch (URISyntaxException e) {
            return HOME;
        }
    }
}
