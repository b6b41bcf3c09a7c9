package org.intercede.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import org.intercede.outreach.console.audit.AuditEntry;
import org.intercede.outreach.console.audit.AuditLog;
import org.intercede.outreach.console.auth.UserStore;
import org.intercede.sms.TestRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class UsersCommandTest {
    private static final Map<String, String> PROPERTIES = Map.of("intercede.console.password-memory", "64",
            "intercede.console.password-iterations", "1");
    @TempDir
    Path dir;
    private final CliRun cli = new CliRun();

    @BeforeEach
    void store() {
        System.setProperty("intercede.redis.url", TestRedis.url());
        System.setProperty("intercede.redis.prefix", TestRedis.freshPrefix());
        System.setProperty("intercede.data-dir", dir.toString());
        PROPERTIES.forEach(System::setProperty);
    }

    @AfterEach
    void clear() {
        System.clearProperty("intercede.redis.url");
        System.clearProperty("intercede.redis.prefix");
        System.clearProperty("intercede.data-dir");
        PROPERTIES.keySet().forEach(System::clearProperty);
    }

    /** Runs {@code users <subcommand> args} with {@code stdin} as its standard input. */
    private int withStdin(String stdin, String subcommand, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "users";
        all[1] = subcommand;
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.execute(commandLine -> {
            Object command = commandLine.getSubcommands().get("users").getSubcommands().get(subcommand).getCommand();
            ByteArrayInputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
            if (command instanceof UsersCommand.AddUser add) {
                add.in = in;
            } else if (command instanceof UsersCommand.Passwd passwd) {
                passwd.in = in;
            }
        }, all);
    }

    private static boolean signsIn(String username, String password) {
        try (ApplicationContext context = StoreContext.open()) {
            return context.getBean(UserStore.class).authenticate(username, password).isPresent();
        }
    }

    private static long userCount() {
        try (ApplicationContext context = StoreContext.open()) {
            return context.getBean(UserStore.class).count();
        }
    }

    private static List<String> auditActions() {
        try (ApplicationContext context = StoreContext.open()) {
            return context.getBean(AuditLog.class).page(null, 10).stream().map(AuditEntry::action).toList();
        }
    }

    @Test
    void anAddedUserIsListedAsJsonWithItsPhoneMasked() throws Exception {
        assertThat(withStdin("correct horse battery\n", "add", "--username", "Maria", "--role", "caseworker",
                "--name", "María García", "--languages", "es,en", "--capacity", "3", "--phone", "+12065550123",
                "--password-stdin")).isZero();
        assertThat(cli.out.toString()).isEqualTo("added maria (caseworker)\n");
        assertThat(cli.execute("users", "list")).isZero();
        List<JsonNode> lines = cli.jsonLines();
        assertThat(lines).hasSize(1);
        JsonNode maria = lines.get(0);
        assertThat(maria.get("username").asText()).isEqualTo("maria");
        assertThat(maria.get("displayName").asText()).isEqualTo("María García");
        assertThat(maria.get("role").asText()).isEqualTo("caseworker");
        assertThat(maria.get("languages").toString()).isEqualTo("[\"es\",\"en\"]");
        assertThat(maria.get("capacity").asInt()).isEqualTo(3);
        assertThat(maria.get("phone").asText()).isEqualTo("+1******0123");
        assertThat(maria.get("locked").asBoolean()).isFalse();
        assertThat(cli.out.toString()).doesNotContain("2065550123");
        assertThat(signsIn("maria", "correct horse battery")).isTrue();
    }

    @Test
    void withoutPasswordStdinAStrongPasswordIsGeneratedAndPrintedOnce() {
        assertThat(withStdin("", "add", "--username", "ben", "--role", "admin")).isZero();
        Matcher printed = Pattern.compile("password: (\\S+)  \\(shown once\\)").matcher(cli.out.toString());
        assertThat(printed.find()).as(cli.out.toString()).isTrue();
        assertThat(printed.group(1)).hasSizeGreaterThanOrEqualTo(16);
        assertThat(signsIn("ben", printed.group(1))).isTrue();
    }

    @Test
    void aBadRoleIsExit2WithOneLineAndNothingAdded() {
        assertThat(withStdin("correct horse battery\n", "add", "--username", "ana", "--role", "boss", "--password-stdin"))
                .isEqualTo(2);
        assertThat(cli.err.toString()).isEqualTo("intercede: unknown role 'boss'; use caseworker, supervisor or admin\n");
        assertThat(userCount()).isZero();
    }

    @Test
    void otherBadInputIsExit2AndChangesNothing() {
        assertThat(withStdin("short\n", "add", "--username", "ana", "--role", "admin", "--password-stdin")).isEqualTo(2);
        assertThat(cli.err.toString()).contains("at least 12 characters");
        assertThat(withStdin("", "add", "--username", "ana", "--role", "admin", "--capacity", "0")).isEqualTo(2);
        assertThat(withStdin("", "add", "--username", "ana", "--role", "admin", "--phone", "555")).isEqualTo(2);
        assertThat(withStdin("", "add", "--role", "admin")).isEqualTo(2);
        assertThat(withStdin("", "add", "--username", "ana", "--role", "admin")).isZero();
        assertThat(withStdin("", "add", "--username", "ANA", "--role", "caseworker")).isEqualTo(2);
        assertThat(cli.err.toString()).isEqualTo("intercede: username 'ana' is taken\n");
        assertThat(cli.execute("users", "disable", "nobody")).isEqualTo(2);
        assertThat(cli.err.toString()).isEqualTo("intercede: no user 'nobody'\n");
        assertThat(userCount()).isEqualTo(1);
    }

    @Test
    void passwdDisableEnableAndUnlockChangeTheAccountAndAreAudited() {
        assertThat(withStdin("", "add", "--username", "ana", "--role", "supervisor")).isZero();
        assertThat(withStdin("a new passphrase here\n", "passwd", "ana", "--password-stdin")).isZero();
        assertThat(signsIn("ana", "a new passphrase here")).isTrue();
        assertThat(cli.execute("users", "disable", "ana")).isZero();
        assertThat(signsIn("ana", "a new passphrase here")).isFalse();
        assertThat(cli.execute("users", "enable", "ana")).isZero();
        assertThat(cli.execute("users", "unlock", "ana")).isZero();
        assertThat(cli.out.toString()).isEqualTo("unlocked ana\n");
        assertThat(auditActions()).containsExactly("unlock", "user-enable", "user-disable", "user-password", "user-create");
    }

    @Test
    void everyUsersCommandHasHelp() {
        for (String sub : List.of("add", "list", "passwd", "disable", "enable", "unlock")) {
            assertThat(cli.execute("users", sub, "--help")).as(sub).isZero();
            assertThat(cli.out.toString()).as(sub).contains("Usage: intercede users " + sub);
        }
    }
}
