package org.intercede.outreach.console.auth;

import io.micronaut.context.ApplicationContext;
import org.intercede.outreach.console.audit.AuditLog;
import org.intercede.sms.RedisDump;
import org.intercede.sms.TestClock;
import org.intercede.sms.redis.RedisKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.intercede.outreach.console.auth.AuthContexts.PASSWORD;

class SessionStoreTest {
    private ApplicationContext context;
    private SessionStore sessions;
    private TestClock clock;
    private ConsoleUser maria;

    @BeforeEach
    void start() {
        context = AuthContexts.start();
        sessions = context.getBean(SessionStore.class);
        clock = context.getBean(TestClock.class);
        maria = context.getBean(UserStore.class).create(AuditLog.SYSTEM, NewUser.of("maria", Role.CASEWORKER), PASSWORD);
    }

    @AfterEach
    void stop() {
        context.close();
    }

    @Test
    void aSessionHasRandomIdAndTokenAndIsFoundByItsId() {
        ConsoleSession session = sessions.create(maria, "10.0.0.1");
        ConsoleSession other = sessions.create(maria, "10.0.0.1");
        assertThat(session.id()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(other.id());
        assertThat(session.csrfToken()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(session.id());
        assertThat(sessions.find(session.id())).hasValueSatisfying(found -> {
            assertThat(found.userId()).isEqualTo(maria.id());
            assertThat(found.csrfToken()).isEqualTo(session.csrfToken());
        });
        assertThat(sessions.find("x" + session.id().substring(1))).isEmpty();
        assertThat(sessions.find("not an id")).isEmpty();
        assertThat(sessions.find(null)).isEmpty();
    }

    @Test
    void redisHoldsOnlyAHashOfTheSessionIdWithATimeToLive() {
        ConsoleSession session = sessions.create(maria, "10.0.0.1");
        UnifiedJedis redis = context.getBean(UnifiedJedis.class);
        RedisKeys keys = context.getBean(RedisKeys.class);
        assertThat(RedisDump.all(redis, keys)).doesNotContain(session.id());
        String key = keys.key("session" + SessionStore.hash(session.id()));
        assertThat(redis.pttl(key)).isPositive();
    }

    @Test
    void useKeepsASessionAliveAndIdlenessEndsIt() {
        ConsoleSession session = sessions.create(maria, "10.0.0.1");
        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.find(session.id())).hasValueSatisfying(s -> assertThat(s.lastSeenAt()).isEqualTo(clock.instant()));
        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.find(session.id())).isPresent();
        clock.advance(Duration.ofMinutes(30));
        assertThat(sessions.find(session.id())).isEmpty();
        clock.advance(Duration.ofMinutes(-30));
        assertThat(sessions.find(session.id())).as("an expired session is deleted, not just hidden").isEmpty();
    }

    @Test
    void aSessionEndsAtItsMaximumAgeHoweverBusy() {
        ConsoleSession session = sessions.create(maria, "10.0.0.1");
        for (int i = 0; i < 35; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertThat(sessions.find(session.id())).as("after %d minutes", (i + 1) * 20).isPresent();
        }
        clock.advance(Duration.ofMinutes(20));
        assertThat(sessions.find(session.id())).as("after 12 hours").isEmpty();
    }

    @Test
    void signingOutDeletesOneSession() {
        ConsoleSession session = sessions.create(maria, "10.0.0.1");
        ConsoleSession other = sessions.create(maria, "10.0.0.2");
        sessions.delete(session.id());
        assertThat(sessions.find(session.id())).isEmpty();
        assertThat(sessions.find(other.id())).isPresent();
    }

    @Test
    void deleteAllForEndsEverySessionOfOneUserOnly() {
        ConsoleUser ben = context.getBean(UserStore.class).create(AuditLog.SYSTEM, NewUser.of("ben", Role.ADMIN), PASSWORD);
        ConsoleSession first = sessions.create(maria, "10.0.0.1");
        ConsoleSession second = sessions.create(maria, "10.0.0.2");
        ConsoleSession bens = sessions.create(ben, "10.0.0.3");
        sessions.deleteAllFor(maria.id());
        assertThat(sessions.find(first.id())).isEmpty();
        assertThat(sessions.find(second.id())).isEmpty();
        assertThat(sessions.find(bens.id())).isPresent();
    }
}
