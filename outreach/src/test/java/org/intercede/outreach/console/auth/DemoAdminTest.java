package org.intercede.outreach.console.auth;

import io.micronaut.context.ApplicationContext;
import org.intercede.outreach.console.audit.AuditLog;
import org.intercede.sms.TestContexts;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DemoAdminTest {

    @Test
    void theFirstStartCreatesAnAdminWithAPasswordShownOnceAndNeverAgain() {
        try (ApplicationContext context = AuthContexts.start()) {
            Optional<String> password = context.getBean(DemoAdmin.class).createIfFirstStart();
            assertThat(password).isPresent();
            UserStore users = context.getBean(UserStore.class);
            ConsoleUser admin = users.authenticate("admin", password.get()).orElseThrow();
            assertThat(admin.role()).isEqualTo(Role.ADMIN);
            assertThat(admin.displayName()).isEqualTo("Demo admin");
            users.disable(AuditLog.SYSTEM, admin.id());
            assertThat(context.getBean(DemoAdmin.class).createIfFirstStart()).isEmpty();
            assertThat(users.count()).isEqualTo(1);
        }
    }

    @Test
    void noDemoAdminInProduction() {
        Map<String, Object> properties = AuthContexts.properties();
        properties.put("intercede.production", "true");
        properties.put("intercede.test.secrets.intercede-pii-key", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        properties.put("intercede.test.secrets.intercede-hash-key", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        try (ApplicationContext context = TestContexts.start(properties)) {
            assertThat(context.getBean(DemoAdmin.class).createIfFirstStart()).isEmpty();
            assertThat(context.getBean(UserStore.class).count()).isZero();
        }
    }

    @Test
    void noDemoAdminWhenAccountsExistAlready() {
        try (ApplicationContext context = AuthContexts.start()) {
            context.getBean(UserStore.class).create(AuditLog.SYSTEM, NewUser.of("maria", Role.ADMIN), AuthContexts.PASSWORD);
            assertThat(context.getBean(DemoAdmin.class).createIfFirstStart()).isEmpty();
            assertThat(context.getBean(UserStore.class).findByUsername("admin")).isEmpty();
        }
    }
}
