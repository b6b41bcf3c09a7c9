package org.intercede.prompts;

import java.util.List;
import java.util.Map;

/**
 * The checks an operator can tune, read from the catalog's {@code rules:} and {@code lexicon:} sections.
 *
 * @param fallbackLocale      the locale used when a key lacks the one asked for
 * @param defaultBudget       segments a message may take unless a budget pattern or the entry says otherwise
 * @param budgets             key pattern to segments, first match wins
 * @param minPersonaVariants  variants each persona reply needs in each of its locales
 * @param allowedUrlHosts     hosts a message may link to (subdomains included)
 * @param explicitWordsIn     key patterns whose messages may not contain an explicit word
 * @param revealingWordsIn    key patterns whose messages may not contain a revealing word
 * @param optOutHintIn        key patterns whose messages must name an opt-out keyword
 * @param forbiddenKeys       keys that must not exist, with the reason
 * @param keys                what code renders
 * @param explicitWords       locale to words and phrases (the lexicon)
 * @param revealingWords      locale to words that reveal the program to someone reading over a shoulder
 * @param meetingWords        locale to phrases that promise or arrange a meeting, refused where explicit words are
 */
public record CatalogRules(String fallbackLocale, int defaultBudget, Map<String, Integer> budgets,
                           int minPersonaVariants, List<String> allowedUrlHosts,
                           List<String> explicitWordsIn, List<String> revealingWordsIn, List<String> optOutHintIn,
                           Map<String, String> forbiddenKeys, List<KeyRule> keys,
                           Map<String, List<String>> explicitWords, Map<String, List<String>> revealingWords,
                           Map<String, List<String>> meetingWords) {

    static final CatalogRules DEFAULTS = new CatalogRules("en", 3, Map.of(), 1, List.of(), List.of(), List.of(),
            List.of(), Map.of(), List.of(), Map.of(), Map.of(), Map.of());
}
