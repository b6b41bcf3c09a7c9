package org.intercede.outreach.console.audit;

import io.micronaut.context.ApplicationContext;
import org.intercede.sms.TestClock;
import org.intercede.sms.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditLogTest {
    private ApplicationContext context;
    private AuditLog audit;
    private TestClock clock;

    @BeforeEach
    void start() {
        context = TestContexts.start(Map.of("intercede.outbound.dispatch", "false", "intercede.test.clock", "true"));
        audit = context.getBean(AuditLog.class);
        clock = context.getBean(TestClock.class);
    }

    @AfterEach
    void stop() {
        context.close();
    }

    @Test
    void entriesComeBackNewestFirstWithTheClocksTime() {
        audit.append("u1", "login", "maria", "from 10.0.0.1");
        clock.advance(Duration.ofMinutes(1));
        audit.append("u1", "view-case", "c42", null);
        List<AuditEntry> page = audit.page(null, 10);
        assertThat(page).extracting(AuditEntry::action).containsExactly("view-case", "login");
        assertThat(page.get(0).at()).isEqualTo(clock.instant());
        assertThat(page.get(0).detail()).isNull();
        assertThat(page.get(1)).satisfies(e -> {
            assertThat(e.actor()).isEqualTo("u1");
            assertThat(e.target()).isEqualTo("maria");
            assertThat(e.detail()).isEqualTo("from 10.0.0.1");
            assertThat(e.at()).isEqualTo(clock.instant().minus(Duration.ofMinutes(1)));
        });
    }

    @Test
    void pagesGoBackFromTheLastEntrySeen() {
        for (int i = 0; i < 5; i++) {
            audit.append(AuditLog.SYSTEM, "assign", "c" + i, null);
        }
        List<AuditEntry> first = audit.page(null, 2);
        List<AuditEntry> second = audit.page(first.get(1).id(), 2);
        List<AuditEntry> last = audit.page(second.get(1).id(), 2);
        assertThat(first).extracting(AuditEntry::target).containsExactly("c4", "c3");
        assertThat(second).extracting(AuditEntry::target).containsExactly("c2", "c1");
        assertThat(last).extracting(AuditEntry::target).containsExactly("c0");
    }

    @Test
    void aBadPageRequestOrEntryIsRefused() {
        assertThatThrownBy(() -> audit.page("12; DROP", 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> audit.page(null, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> audit.append(null, "login", null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> audit.append("u1", " ", null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
