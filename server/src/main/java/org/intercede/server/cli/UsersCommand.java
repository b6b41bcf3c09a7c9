package org.intercede.server.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import org.intercede.outreach.console.audit.AuditLog;
import org.intercede.outreach.console.auth.ConsoleUser;
import org.intercede.outreach.console.auth.LoginThrottle;
import org.intercede.outreach.console.auth.NewUser;
import org.intercede.outreach.console.auth.Passwords;
import org.intercede.outreach.console.auth.Role;
import org.intercede.outreach.console.auth.UserStore;
import org.intercede.sms.phone.PhoneNumbers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Console accounts from the command line, on the same Redis as a running server. Changes are audited with the
 * actor {@code system}. Input is checked before the store is opened, so a bad option changes nothing.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = {"Caseworker console accounts: add, list, set passwords, disable, enable, unlock.",
                "Changes take effect at once in every running process."},
        subcommands = {UsersCommand.AddUser.class, UsersCommand.ListUsers.class, UsersCommand.Passwd.class,
                UsersCommand.Disable.class, UsersCommand.Enable.class, UsersCommand.Unlock.class})
public class UsersCommand implements Runnable {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add an account. Without --password-stdin a strong password is generated and printed once."})
    static class AddUser implements Runnable {
        @Spec
        CommandSpec spec;
        @Option(names = "--username", required = true, description = "2-40 of a-z, 0-9, '.', '_', '-'")
        String username;
        @Option(names = "--role", required = true, description = "caseworker, supervisor or admin")
        String role;
        @Option(names = "--name", description = "display name (default: the username)")
        String name;
        @Option(names = "--languages", split = ",", description = "ISO 639-1 codes, e.g. en,es (default: en)")
        List<String> languages;
        @Option(names = "--capacity", defaultValue = "5", description = "open cases at once, 1-50 (default: ${DEFAULT-VALUE})")
        int capacity;
        @Option(names = "--phone", description = "their own phone for urgent alerts, with country code (+1...)")
        String phone;
        @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
        boolean passwordStdin;
        InputStream in = System.in;

        @Override
        public void run() {
            NewUser user = checked(() -> new NewUser(username, name, Role.parse(role), languages, capacity, phone));
            String password = password(passwordStdin, in);
            ConsoleUser added = withUsers((users, context) -> users.create(AuditLog.SYSTEM, user, password));
            PrintWriter out = spec.commandLine().getOut();
            out.println("added " + added.username() + " (" + added.role().label() + ")");
            if (!passwordStdin) {
                out.println("password: " + password + "  (shown once)");
            }
            out.flush();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"Every account as one JSON object per line; phone numbers masked."})
    static class ListUsers implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            withUsers((users, context) -> {
                LoginThrottle throttle = context.getBean(LoginThrottle.class);
                for (ConsoleUser user : users.list()) {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("id", user.id());
                    line.put("username", user.username());
                    line.put("displayName", user.displayName());
                    line.put("role", user.role().label());
                    line.put("languages", user.languages());
                    line.put("capacity", user.capacity());
                    line.put("phone", user.phone() == null ? null : PhoneNumbers.mask(user.phone()));
                    line.put("onCall", user.onCall());
                    line.put("disabled", user.disabled());
                    line.put("locked", throttle.lockedFor(user.username()).isPresent());
                    line.put("createdAt", user.createdAt().toString());
                    out.println(json(line));
                }
                return null;
            });
            out.flush();
        }
    }

    /** A subcommand on one existing account: acts, then prints one line saying what it did. */
    abstract static class OnAccount implements Runnable {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "USERNAME")
        String username;

        /** Changes the account and returns the line to print. */
        abstract String act(ApplicationContext context, UserStore users, ConsoleUser user);

        @Override
        public void run() {
            String done = withUsers((users, context) -> act(context, users, existing(users, username)));
            spec.commandLine().getOut().println(done);
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true,
            description = {"Set a new password (generated and printed once without --password-stdin).",
                    "Every session of the account ends."})
    static class Passwd extends OnAccount {
        @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
        boolean passwordStdin;
        InputStream in = System.in;
        private String password;

        @Override
        public void run() {
            password = password(passwordStdin, in);
            super.run();
            if (!passwordStdin) {
                spec.commandLine().getOut().println("password: " + password + "  (shown once)");
            }
            spec.commandLine().getOut().flush();
        }

        @Override
        String act(ApplicationContext context, UserStore users, ConsoleUser user) {
            users.setPassword(AuditLog.SYSTEM, user.id(), password);
            return "password changed for " + user.username() + "; their sessions have ended";
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "The account can no longer sign in; its sessions end now.")
    static class Disable extends OnAccount {
        @Override
        String act(ApplicationContext context, UserStore users, ConsoleUser user) {
            users.disable(AuditLog.SYSTEM, user.id());
            return "disabled " + user.username();
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "A disabled account can sign in again.")
    static class Enable extends OnAccount {
        @Override
        String act(ApplicationContext context, UserStore users, ConsoleUser user) {
            users.enable(AuditLog.SYSTEM, user.id());
            return "enabled " + user.username();
        }
    }

    @Command(name = "unlock", mixinStandardHelpOptions = true,
            description = "Lift a lock from failed sign-ins at once, and forget the failures.")
    static class Unlock extends OnAccount {
        @Override
        String act(ApplicationContext context, UserStore users, ConsoleUser user) {
            context.getBean(LoginThrottle.class).unlock(user.username());
            context.getBean(AuditLog.class).append(AuditLog.SYSTEM, "unlock", user.username(), null);
            return "unlocked " + user.username();
        }
    }

    private interface StoreWork<T> {
        T apply(UserStore users, ApplicationContext context);
    }

    /** Runs {@code work} on the store; a refusal of the store (a taken username) is bad input: exit 2. */
    private static <T> T withUsers(StoreWork<T> work) {
        try (ApplicationContext context = StoreContext.open()) {
            return checked(() -> work.apply(context.getBean(UserStore.class), context));
        } catch (BeanInstantiationException e) {
            // A bad INTERCEDE_CONSOLE_* setting: one line, not Micronaut's chain of beans.
            throw new IllegalStateException(ServeCommand.startupReason(e), e);
        }
    }

    private static ConsoleUser existing(UserStore users, String username) {
        return users.findByUsername(username).orElseThrow(() -> new UsageError("no user '" + username + "'"));
    }

    /** A generated password, or the first line of standard input; checked before anything is stored. */
    private static String password(boolean fromStdin, InputStream in) {
        if (!fromStdin) {
            return Passwords.readable();
        }
        String line;
        try {
            line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (line == null || line.isEmpty()) {
            throw new UsageError("--password-stdin: no password on standard input");
        }
        try {
            Passwords.check(line);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        return line;
    }

    /** Bad input found by the store (IllegalArgumentException) becomes a usage error: exit 2. */
    private static <T> T checked(Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
    }

    private static String json(Map<String, Object> line) {
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
