package org.intercede.prompts;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PromptCatalogTest {
    private static final String AFTER_HOURS = """
            messages:
              caseworker.after_hours_note:
                en: ["%s"]
            """;

    private static PromptCatalog watching(Path dir) {
        // A long poll interval: the test drives reloads itself instead of waiting for the timer.
        return new PromptCatalog(new PromptsSettings(dir.toString(), Duration.ofHours(1)));
    }

    private static void write(Path dir, String text) throws IOException {
        Files.writeString(dir.resolve("extra.yml"), AFTER_HOURS.formatted(text));
    }

    @Test
    void withoutADirectoryTheBuiltInCatalogIsInForce() {
        try (PromptCatalog prompts = new PromptCatalog(new PromptsSettings(null, Duration.ofSeconds(2)))) {
            assertThat(prompts.current().has("outreach.first")).isTrue();
        }
    }

    @Test
    void aValidEditIsInstalledOnReload(@TempDir Path dir) throws IOException {
        write(dir, "Back at nine.");
        try (PromptCatalog prompts = watching(dir)) {
            assertThat(prompts.current().render("caseworker.after_hours_note", "en", Map.of())).isEqualTo("Back at nine.");
            write(dir, "Back at ten.");
            assertThat(prompts.reloadNow()).isEmpty();
            assertThat(prompts.current().render("caseworker.after_hours_note", "en", Map.of())).isEqualTo("Back at ten.");
        }
    }

    @Test
    void anInvalidEditIsRefusedAndThePreviousCatalogStaysInForce(@TempDir Path dir) throws IOException {
        write(dir, "Back at nine.");
        try (PromptCatalog prompts = watching(dir)) {
            Catalog before = prompts.current();
            write(dir, "Back at nine, {nmae}.");
            List<Problem> problems = prompts.reloadNow();
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.file()).endsWith("extra.yml");
                assertThat(p.key()).isEqualTo("caseworker.after_hours_note.en[1]");
            });
            assertThat(prompts.current()).isSameAs(before);
            assertThat(prompts.current().render("caseworker.after_hours_note", "en", Map.of())).isEqualTo("Back at nine.");
        }
    }

    @Test
    void theTimerReloadsOnlyWhenAFileChanged(@TempDir Path dir) throws IOException {
        write(dir, "Back at nine.");
        try (PromptCatalog prompts = watching(dir)) {
            Catalog before = prompts.current();
            prompts.reloadIfChanged();
            assertThat(prompts.current()).isSameAs(before);
            write(dir, "Back at ten.");
            prompts.reloadIfChanged();
            assertThat(prompts.current()).isNotSameAs(before);
            Files.delete(dir.resolve("extra.yml"));
            prompts.reloadIfChanged();
            assertThat(prompts.current().has("caseworker.after_hours_note")).isFalse();
        }
    }

    @Test
    void theTimerPicksUpAnEditByItself(@TempDir Path dir) throws IOException {
        write(dir, "Back at nine.");
        try (PromptCatalog prompts = new PromptCatalog(new PromptsSettings(dir.toString(), Duration.ofMillis(100)))) {
            write(dir, "Back at ten.");
            // Only proves the timer is wired to reloadIfChanged; what a reload does is tested above without waiting.
            Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(prompts.current().render("caseworker.after_hours_note", "en", Map.of())).isEqualTo("Back at ten."));
        }
    }

    @Test
    void anInvalidDirectoryAtStartStopsTheStartWithItsFirstProblem(@TempDir Path dir) throws IOException {
        write(dir, "Hi {nmae}");
        assertThatThrownBy(() -> watching(dir)).isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("INTERCEDE_PROMPTS_DIR").hasMessageContaining("unknown slot {nmae}");
    }

    @Test
    void aMissingDirectoryIsAClearError(@TempDir Path dir) {
        assertThatThrownBy(() -> watching(dir.resolve("nope"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void theDirectoryIsSetByItsEnvironmentVariable(@TempDir Path dir) throws IOException {
        write(dir, "Back at nine.");
        Map<String, Object> env = Map.of("INTERCEDE_PROMPTS_DIR", dir.toString(), "INTERCEDE_PROMPTS_POLL_INTERVAL", "5s");
        try (ApplicationContext context = ApplicationContext.builder()
                .propertySources(PropertySource.of("env", env, PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE))
                .start()) {
            assertThat(context.getBean(PromptsSettings.class)).isEqualTo(new PromptsSettings(dir.toString(), Duration.ofSeconds(5)));
            assertThat(context.getBean(PromptCatalog.class).current().has("caseworker.after_hours_note")).isTrue();
        }
    }

    @Test
    void thePollIntervalDefaultsToTwoSeconds() {
        try (ApplicationContext context = ApplicationContext.run()) {
            assertThat(context.getBean(PromptsSettings.class).pollInterval()).isEqualTo(Duration.ofSeconds(2));
        }
    }
}
