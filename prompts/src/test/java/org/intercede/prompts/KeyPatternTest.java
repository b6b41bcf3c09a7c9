package org.intercede.prompts;

import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KeyPatternTest {
    private static final Map<String, Collection<String>> SETS = Map.of(
            "persona", List.of("jess", "sofia"), "intent", List.of("price", "age"), "role", List.of("decoy", "test"));

    private static KeyPattern pattern(String text) {
        return new KeyPattern(text, SETS);
    }

    @Test
    void placeholdersMatchOnlyMembersOfTheirSet() {
        assertThat(pattern("persona.{persona}.{intent}").matches("persona.jess.price")).isTrue();
        assertThat(pattern("persona.{persona}.{intent}").matches("persona.jess.pirce")).isFalse();
        assertThat(pattern("persona.{persona}.{intent}").matches("persona.kim.price")).isFalse();
    }

    @Test
    void aStarMatchesExactlyOneDottedPart() {
        assertThat(pattern("caseworker.*").matches("caseworker.greeting")).isTrue();
        assertThat(pattern("caseworker.*").matches("caseworker.greeting.extra")).isFalse();
        assertThat(pattern("caseworker.*").matches("caseworker.")).isFalse();
        assertThat(pattern("*.first").matches("outreach.first")).isTrue();
    }

    @Test
    void aPatternWithoutAStarExpandsToEveryKeyItNames() {
        assertThat(pattern("persona.{persona}.{intent}").expand())
                .containsExactlyInAnyOrder("persona.jess.price", "persona.jess.age", "persona.sofia.price", "persona.sofia.age");
        assertThat(pattern("gateway.help.{role}").expand()).containsExactlyInAnyOrder("gateway.help.decoy", "gateway.help.test");
        assertThat(pattern("caseworker.*").expand()).isEmpty();
    }

    @Test
    void dotsAreLiteral() {
        assertThat(pattern("outreach.first").matches("outreachXfirst")).isFalse();
    }

    @Test
    void anUnknownPlaceholderIsNamed() {
        assertThat(pattern("deterrence.{jurisdction}.standard").unknownPlaceholder()).contains("jurisdction");
        assertThat(pattern("persona.{persona}.{intent}").unknownPlaceholder()).isEmpty();
    }
}
