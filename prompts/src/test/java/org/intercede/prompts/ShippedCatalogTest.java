package org.intercede.prompts;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The build's gate: a shipped catalog with any problem fails {@code mvn verify}. */
class ShippedCatalogTest {

    @Test
    void theShippedCatalogHasNoProblems() {
        List<Problem> problems = CatalogValidator.validate(CatalogSources.builtIn());
        assertThat(problems).as(() -> "run ./intercede prompts lint; problems:\n"
                + String.join("\n", problems.stream().map(Problem::toString).toList())).isEmpty();
    }

    @Test
    void everyFileInTheCatalogDirectoryIsListedAsBuiltIn() throws IOException {
        // Maven runs tests in the module directory; a file added there but not listed would be silently ignored.
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/catalog"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(CatalogSources.BUILT_IN_FILES);
        }
    }

    @Test
    void theShippedCatalogHasEveryGatewayReplyButTheDecoyConfirmations() {
        Catalog catalog = Catalog.builtIn();
        for (String role : CatalogValidator.ROLES) {
            assertThat(catalog.has("gateway.help." + role)).as(role).isTrue();
            assertThat(catalog.has("gateway.opted_out." + role)).as(role).isEqualTo(!role.equals("decoy"));
            assertThat(catalog.has("gateway.opted_in." + role)).as(role).isEqualTo(!role.equals("decoy"));
        }
    }

    @Test
    void theDecoyHelpReplyRevealsNothing() {
        Catalog catalog = Catalog.builtIn();
        for (String locale : List.of("en", "es")) {
            String help = TextFold.foldForSearch(catalog.variants("gateway.help.decoy", locale).get(0));
            assertThat(catalog.rules().revealingWords().values().stream().flatMap(List::stream))
                    .noneMatch(w -> TextFold.containsWords(help, TextFold.foldForSearch(w)));
            assertThat(help).doesNotContain("deterr", "intercede", "program", "law");
        }
    }

    @Test
    void theShippedCatalogHasTheFourJurisdictionsWithUsFederalAsDefault() {
        Catalog catalog = Catalog.builtIn();
        assertThat(catalog.jurisdictions()).extracting(Jurisdiction::id)
                .containsExactly("us-federal", "us-wa", "gb-eng-wls", "fr");
        assertThat(catalog.defaultJurisdiction()).map(Jurisdiction::id).contains("us-federal");
        assertThat(catalog.locales()).contains("en", "es", "fr");
    }

    @Test
    void theFederalStandardMessageNeverCallsBuyingSexFromAnAdultAFederalCrime() {
        // Buying sex from an adult is a state crime; federal law reaches force, fraud, coercion and minors.
        for (String text : Catalog.builtIn().variants("deterrence.us-federal.standard", "en")) {
            assertThat(text).contains("state law").contains("under 18").contains("1591");
            assertThat(text.toLowerCase()).doesNotContain("buying sex is a federal crime", "paying for sex is a federal crime");
        }
    }
}
