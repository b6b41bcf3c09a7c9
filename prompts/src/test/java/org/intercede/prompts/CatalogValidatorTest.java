package org.intercede.prompts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each broken example catalog overlays the built-in one, as an operator's directory does, and has one kind of error. */
class CatalogValidatorTest {

    private static List<Problem> lint(String fixture) {
        return CatalogValidator.validate(CatalogSources.withOverrides(Fixtures.catalog(fixture)));
    }

    @Test
    void theGoodExampleOverlayHasNoProblems() {
        assertThat(lint("good")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-slot               | extra.yml         | 1 | caseworker.bad_slot.en[1]          | unknown slot {nmae}
            missing-slot-value         | personas-kim.yml  | 1 | persona.kim.price.en[1]            | slot {rate_hint} has no value
            persona-missing-intent     | personas-kim.yml  | 1 | persona.kim.photos                 | has no reply for intent 'photos'
            deterrence-missing-level   | deterrence-xx.yml | 1 | deterrence.xx.repeat               | has no 'repeat' message
            penalty-without-source     | deterrence-xx.yml | 1 | jurisdictions.xx.penalties[0]      | needs offence, penalty and source
            second-default             | deterrence-xx.yml | 1 | jurisdictions                      | 2 jurisdictions are marked 'default: true'
            few-variants               | personas-kim.yml  | 1 | persona.kim.greeting               | has 2 'en' variants; personas need 3
            duplicate-key              | extra.yml         | 1 | caseworker.twice                   | appears twice in this file
            duplicate-across-files     | extra.yml         | 1 | caseworker.greeting                | also defined in catalog/caseworker.yml
            unused-entry               | extra.yml         | 1 | outreach.frist                     | no code sends this message
            over-budget                | extra.yml         | 2 | caseworker.too_long.en[1]          | takes 4 segments
            over-budget                | extra.yml         | 2 | caseworker.tight.en[1]             | the budget is 1
            explicit-word              | personas-kim.yml  | 1 | persona.kim.photos.en[1]           | explicit word 'nudes'
            meeting-promise            | personas-kim.yml  | 4 | persona.kim.meetup.en[1]           | 'see you' promises or arranges a meeting
            meeting-promise            | personas-kim.yml  | 4 | persona.kim.meetup.en[1]           | '9pm' looks like an address or a meeting time
            meeting-promise            | personas-kim.yml  | 4 | persona.kim.meetup.en[2]           | '1200 Pine St' looks like an address
            meeting-promise            | personas-kim.yml  | 4 | persona.kim.meetup.en[3]           | 'room 214' looks like an address
            revealing-word             | outreach.yml      | 1 | outreach.first.en[1]               | 'trafficking', 'victims' would tell
            no-opt-out-hint            | outreach.yml      | 1 | outreach.first.en[1]               | no opt-out hint
            url-not-allowed            | extra.yml         | 2 | caseworker.link.en[1]              | 'bit.ly' is not in rules.allowed_url_hosts
            url-not-allowed            | extra.yml         | 2 | caseworker.link.en[1]              | 'www.example.com' is not in rules.allowed_url_hosts
            forbidden-key              | extra.yml         | 1 | gateway.opted_out.decoy            | must not exist
            keyword-conflict           | extra.yml         | 1 | keywords.opt_in.en                 | 'STOP' is listed under both opt_out and opt_in
            bad-yaml                   | extra.yml         | 1 | line 4                             | not valid YAML
            curly-quote                | extra.yml         | 1 | caseworker.curly.en[1]             | forces UCS-2
            no-fallback-locale         | extra.yml         | 1 | caseworker.spanish_only            | no 'en' text to fall back on
            stray-brace                | extra.yml         | 1 | caseworker.brace.en[1]             | is not part of a {slot}
            missing-required           | gateway.yml       | 1 | gateway.help.test                  | the message is missing
            """)
    void eachKindOfErrorIsReportedWithItsFileAndKey(String fixture, String file, int count, String key, String message) {
        List<Problem> problems = lint("broken/" + fixture);
        assertThat(problems).as(problems.toString()).hasSize(count)
                .anySatisfy(p -> {
                    assertThat(p.key()).isEqualTo(key);
                    assertThat(p.message()).contains(message);
                    assertThat(p.fix()).isNotBlank();
                });
        assertThat(problems).allSatisfy(p -> assertThat(p.file()).endsWith("/" + fixture + "/" + file));
    }

    @Test
    void aMisspelledRuleIsReportedInsteadOfSilentlyFallingBackToItsDefault(@TempDir Path dir) throws IOException {
        String rules = CatalogSources.builtIn().stream().filter(f -> f.name().equals("rules.yml")).findFirst().orElseThrow().text();
        Files.writeString(dir.resolve("rules.yml"), rules.replace("  default_budget: 3", "  defualt_budget: 3"));
        assertThat(CatalogValidator.validate(CatalogSources.withOverrides(dir))).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("rules.yml");
            assertThat(p.key()).isEqualTo("rules.defualt_budget");
            assertThat(p.message()).isEqualTo("unknown field");
        });
    }

    @Test
    void aDuplicateAcrossFilesNamesBothFiles() {
        Problem p = lint("broken/duplicate-across-files").get(0);
        assertThat(p.file()).endsWith("duplicate-across-files/extra.yml");
        assertThat(p.message()).contains("catalog/caseworker.yml");
    }

    @Test
    void aProblemReadsAsOneLineWithFileKeyMessageAndFix() {
        Problem p = new Problem("outreach.yml", "outreach.first.en[1]", "no opt-out hint", "end it with 'Reply STOP to opt out.'");
        assertThat(p.toString()).isEqualTo("outreach.yml: outreach.first.en[1]: no opt-out hint (fix: end it with 'Reply STOP to opt out.')");
    }

    @Test
    void aFileThatReplacesABuiltInOneTakesItsPlace() {
        List<CatalogFile> files = CatalogSources.withOverrides(Fixtures.catalog("good"));
        assertThat(files).filteredOn(f -> f.name().equals("outreach.yml")).singleElement()
                .satisfies(f -> assertThat(f.source()).endsWith("good/outreach.yml"));
        assertThat(files).extracting(CatalogFile::name).contains("personas-kim.yml", "personas.yml", "extra.yml");
    }

    @Test
    void loadRefusesACatalogWithProblems() {
        List<CatalogFile> files = CatalogSources.withOverrides(Fixtures.catalog("broken/unused-entry"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Catalog.load(files, "test catalog"))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("test catalog has 1 problem").hasMessageContaining("outreach.frist");
    }
}
