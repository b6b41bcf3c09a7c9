package org.intercede.outreach.console.auth;

import io.micronaut.context.ApplicationContext;
import org.intercede.outreach.console.audit.AuditLog;
import org.intercede.sms.RedisDump;
import org.intercede.sms.redis.RedisKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.intercede.outreach.console.auth.AuthContexts.PASSWORD;

class UserStoreTest {
    private ApplicationContext context;
    private UserStore users;

    @BeforeEach
    void start() {
        context = AuthContexts.start();
        users = context.getBean(UserStore.class);
    }

    @AfterEach
    void stop() {
        context.close();
    }

    private ConsoleUser maria() {
        return users.create(AuditLog.SYSTEM, new NewUser("Maria.G", "María García", Role.CASEWORKER, List.of("es", "EN"), 3,
                "+1 (206) 555-0123"), PASSWORD);
    }

    @Test
    void aNewUserIsFoundByIdAndByUsernameAndSignsInWithItsPassword() {
        ConsoleUser created = maria();
        assertThat(created.id()).matches("[0-9a-f]{16}");
        assertThat(created.username()).isEqualTo("maria.g");
        assertThat(created.languages()).containsExactly("es", "en");
        assertThat(created.phone()).isEqualTo("+12065550123");
        assertThat(users.find(created.id())).contains(created);
        assertThat(users.findByUsername("MARIA.G")).contains(created);
        assertThat(users.authenticate("maria.g", PASSWORD)).contains(created);
        assertThat(users.authenticate("Maria.G", PASSWORD)).contains(created);
        assertThat(users.count()).isEqualTo(1);
    }

    @Test
    void aWrongPasswordOrAnUnknownUsernameSignsNobodyIn() {
        maria();
        assertThat(users.authenticate("maria.g", PASSWORD + "!")).isEmpty();
        assertThat(users.authenticate("nobody", PASSWORD)).isEmpty();
        assertThat(users.authenticate("maria.g", null)).isEmpty();
        assertThat(users.authenticate(null, PASSWORD)).isEmpty();
    }

    @Test
    void aUsernameIsTakenWhateverTheCaseItIsTypedIn() {
        maria();
        assertThatThrownBy(() -> users.create(AuditLog.SYSTEM, NewUser.of("MARIA.g", Role.ADMIN), PASSWORD))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("username 'maria.g' is taken");
        assertThat(users.count()).isEqualTo(1);
        assertThat(users.findByUsername("maria.g").orElseThrow().role()).isEqualTo(Role.CASEWORKER);
    }

    @Test
    void aPasswordUnderTwelveCharactersIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> users.create(AuditLog.SYSTEM, NewUser.of("ana", Role.CASEWORKER), "elevenchars"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 12 characters");
        assertThat(users.count()).isZero();
        assertThat(users.findByUsername("ana")).isEmpty();
    }

    @Test
    void badFieldsAreRefusedWithAMessageThatNamesThem() {
        assertThatThrownBy(() -> NewUser.of("a", Role.CASEWORKER)).hasMessageContaining("username must be 2 to 40");
        assertThatThrownBy(() -> NewUser.of("ana:x", Role.CASEWORKER)).hasMessageContaining("username");
        assertThatThrownBy(() -> new NewUser("ana", null, Role.CASEWORKER, List.of("english"), 5, null))
                .hasMessageContaining("'english' is not an ISO 639-1 language code");
        assertThatThrownBy(() -> new NewUser("ana", null, Role.CASEWORKER, List.of("en"), 0, null)).hasMessageContaining("capacity");
        assertThatThrownBy(() -> new NewUser("ana", null, Role.CASEWORKER, List.of("en"), 51, null)).hasMessageContaining("capacity");
        assertThatThrownBy(() -> new NewUser("ana", null, Role.CASEWORKER, List.of("en"), 5, "206 555 0123"))
                .hasMessageStartingWith("phone:");
        assertThatThrownBy(() -> new NewUser("ana", null, null, List.of("en"), 5, null)).hasMessageContaining("role");
    }

    @Test
    void thePhoneNumberIsSealedAtRestAndNeverInTheAuditTrail() {
        ConsoleUser created = maria();
        users.update(AuditLog.SYSTEM, created.id(), "María", Role.CASEWORKER, List.of("es"), 3, "+12065550188", true);
        UnifiedJedis redis = context.getBean(UnifiedJedis.class);
        RedisKeys keys = context.getBean(RedisKeys.class);
        String stored = redis.hget(keys.key("users", "user", created.id()), "phone");
        assertThat(stored).isNotBlank().doesNotContain("2065550188");
        String everything = RedisDump.all(redis, keys);
        assertThat(everything).doesNotContain("2065550123").doesNotContain("2065550188").doesNotContain(PASSWORD);
        assertThat(users.find(created.id()).orElseThrow().phone()).isEqualTo("+12065550188");
        assertThat(created.toString()).doesNotContain("2065550123");
    }

    @Test
    void anUpdateChangesTheFieldsAndAuditsWhichOnesChanged() {
        ConsoleUser created = maria();
        ConsoleUser updated = users.update("u1", created.id(), "Maria G.", Role.SUPERVISOR, List.of("es"), 8, null, true);
        assertThat(users.find(created.id())).contains(updated);
        assertThat(updated.role()).isEqualTo(Role.SUPERVISOR);
        assertThat(updated.phone()).isNull();
        assertThat(updated.onCall()).isTrue();
        assertThat(context.getBean(AuditLog.class).page(null, 1)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("u1");
            assertThat(e.action()).isEqualTo("user-update");
            assertThat(e.target()).isEqualTo("maria.g");
            assertThat(e.detail()).isEqualTo("display name, role supervisor, languages es, capacity 8, phone, on call");
        });
        assertThatThrownBy(() -> users.update("u1", created.id(), "Maria", Role.ADMIN, List.of("es"), 99, null, false))
                .hasMessageContaining("capacity");
        assertThat(users.find(created.id()).orElseThrow().role()).isEqualTo(Role.SUPERVISOR);
    }

    @Test
    void aDisabledUserCannotSignInAndTheirSessionsEndUntilEnabledAgain() {
        ConsoleUser created = maria();
        SessionStore sessions = context.getBean(SessionStore.class);
        ConsoleSession session = sessions.create(created, "127.0.0.1");
        users.disable(AuditLog.SYSTEM, created.id());
        assertThat(users.authenticate("maria.g", PASSWORD)).isEmpty();
        assertThat(users.find(created.id()).orElseThrow().disabled()).isTrue();
        assertThat(sessions.find(session.id())).isEmpty();
        users.enable(AuditLog.SYSTEM, created.id());
        assertThat(users.authenticate("maria.g", PASSWORD)).isPresent();
    }

    @Test
    void aNewPasswordReplacesTheOldOneAndEndsEverySession() {
        ConsoleUser created = maria();
        SessionStore sessions = context.getBean(SessionStore.class);
        ConsoleSession session = sessions.create(created, "127.0.0.1");
        users.setPassword(AuditLog.SYSTEM, created.id(), "a brand new passphrase");
        assertThat(users.authenticate("maria.g", PASSWORD)).isEmpty();
        assertThat(users.authenticate("maria.g", "a brand new passphrase")).isPresent();
        assertThat(sessions.find(session.id())).isEmpty();
        assertThatThrownBy(() -> users.setPassword(AuditLog.SYSTEM, created.id(), "short")).hasMessageContaining("12");
    }

    @Test
    void usersAreListedByUsername() {
        users.create(AuditLog.SYSTEM, NewUser.of("zoe", Role.ADMIN), PASSWORD);
        maria();
        users.create(AuditLog.SYSTEM, NewUser.of("ben", Role.SUPERVISOR), PASSWORD);
        assertThat(users.list()).extracting(ConsoleUser::username).containsExactly("ben", "maria.g", "zoe");
    }
}
