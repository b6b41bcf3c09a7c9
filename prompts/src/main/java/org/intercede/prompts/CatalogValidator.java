package org.intercede.prompts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything that makes a catalog unfit to send from, each problem naming the file, the key and the fix.
 * <p>
 * "Used": a message is used when a pattern in {@code rules.keys} matches its key; those patterns list what code
 * renders. A message no pattern matches is never sent, so it is reported as unused (usually a typo in its key).
 */
public final class CatalogValidator {
    /** Buyer intents of CONTRACTS.md: every persona answers each of them. */
    public static final List<String> INTENTS = List.of("greeting", "availability", "price", "services", "location",
            "meetup", "age", "photos", "safety_check", "other");
    /** Deterrence levels of CONTRACTS.md; each jurisdiction has all of them and a {@code resource} message. */
    public static final List<String> LEVELS = List.of("standard", "underage", "repeat");
    public static final String RESOURCE = "resource";
    /** Number roles of the SMS gateway ({@code org.intercede.sms.numbers.NumberRole}). */
    public static final List<String> ROLES = List.of("decoy", "deterrence", "outreach", "test");

    /** Code fills slots at send time with values we cannot see; budgets count each as this many characters. */
    static final int SLOT_ALLOWANCE = 12;
    private static final Pattern URL = Pattern.compile(
            "(?i)(?:https?://)?(?:[a-z0-9-]+\\.)+(?:com|org|net|gov|edu|uk|fr|es|us|eu|info|io|ly|me|co|app)\\b(?:/\\S*)?");

    /** A street address, a room number or a clock time: what a persona must never give. */
    private static final Pattern ADDRESS_OR_TIME = Pattern.compile("(?iu)\\b\\d{1,6}\\s+(?:[\\p{L}.]+\\s+){0,3}"
            + "(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|way|hwy|highway|pl|place|ct|court)\\b"
            + "|\\b(?:apt|apartment|suite|room|unit|habitaci[oó]n|cuarto|chambre)\\s*#?\\s*\\d+"
            + "|\\b\\d{1,2}(?::\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)(?!\\p{L})|\\b\\d{1,2}:\\d{2}\\b");

    private final Catalog catalog;
    private final CatalogRules rules;
    private final Map<String, Collection<String>> sets = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private CatalogValidator(Catalog catalog) {
        this.catalog = catalog;
        this.rules = catalog.rules();
        sets.put("persona", catalog.personas().stream().map(Persona::id).toList());
        sets.put("intent", INTENTS);
        sets.put("jurisdiction", catalog.jurisdictions().stream().map(Jurisdiction::id).toList());
        sets.put("level", LEVELS);
        sets.put("role", ROLES);
    }

    /** Reads the files and checks the result: the problems of both, in file order. */
    public static List<Problem> validate(List<CatalogFile> files) {
        CatalogReader.Result read = CatalogReader.read(files, Catalog.defaultRandom());
        List<Problem> all = new ArrayList<>(read.problems());
        all.addAll(validate(read.catalog()));
        return List.copyOf(all);
    }

    /** Checks a catalog that was read. */
    public static List<Problem> validate(Catalog catalog) {
        CatalogValidator v = new CatalogValidator(catalog);
        v.checkRules();
        v.checkKeywords();
        v.checkPersonas();
        v.checkJurisdictions();
        v.checkRequiredAndForbiddenKeys();
        for (String key : catalog.keys()) {
            v.checkEntry(catalog.find(key).orElseThrow());
        }
        return List.copyOf(v.problems);
    }

    private void checkRules() {
        String f = catalog.origin("rules", "rules.yml");
        if (catalog.origin("rules", null) == null) {
            problem(f, "rules", "the catalog has no rules section", "restore rules.yml from the built-in catalog");
        }
        for (KeyRule rule : rules.keys()) {
            pattern(rule.pattern()).unknownPlaceholder().ifPresent(p -> problem(f, "rules.keys", "pattern '" + rule.pattern()
                    + "' uses an unknown placeholder {" + p + "}", "use one of " + sets.keySet().stream().map(s -> "{" + s + "}").toList()));
        }
    }

    private void checkKeywords() {
        String f = catalog.origin("keywords", "keywords.yml");
        Map<String, Keyword> seen = new TreeMap<>();
        for (Keyword kind : Keyword.values()) {
            Map<String, List<String>> byLocale = catalog.keywords(kind);
            if (byLocale.values().stream().allMatch(List::isEmpty)) {
                problem(f, "keywords." + kind.yamlName(), "there are no " + kind.yamlName() + " keywords",
                        "list them by locale, e.g. 'en: [STOP]' (carriers require opt-out and help keywords)");
            }
            byLocale.forEach((locale, words) -> words.forEach(word -> {
                Keyword other = seen.putIfAbsent(TextFold.fold(word), kind);
                if (other != null && other != kind) {
                    problem(catalog.origin(CatalogReader.keywordOrigin(kind, locale, word), f), "keywords." + kind.yamlName() + "." + locale,
                            "'" + word + "' is listed under both " + other.yamlName() + " and " + kind.yamlName(), "keep it under one kind only");
                }
            }));
        }
    }

    private void checkPersonas() {
        for (Persona persona : catalog.personas()) {
            String f = catalog.origin("personas." + persona.id(), "personas.yml");
            for (String intent : INTENTS) {
                String key = "persona." + persona.id() + "." + intent;
                Optional<CatalogEntry> entry = catalog.find(key);
                if (entry.isEmpty()) {
                    problem(f, key, "persona '" + persona.id() + "' has no reply for intent '" + intent + "'",
                            "add '" + intent + ":' under personas." + persona.id() + ".replies with " + rules.minPersonaVariants() + " or more variants");
                    continue;
                }
                for (String locale : persona.locales()) {
                    int count = entry.get().variants().getOrDefault(locale, List.of()).size();
                    if (count < rules.minPersonaVariants()) {
                        problem(f, key, "has " + count + " '" + locale + "' variants; personas need " + rules.minPersonaVariants()
                                        + " so that a buyer who asks twice gets different words",
                                "write more '" + locale + ":' variants");
                    }
                }
            }
            for (String key : catalog.keys()) {
                String prefix = "persona." + persona.id() + ".";
                if (key.startsWith(prefix) && !INTENTS.contains(key.substring(prefix.length()))) {
                    problem(f, key, "'" + key.substring(prefix.length()) + "' is not an intent", "use one of " + INTENTS);
                }
            }
        }
    }

    private void checkJurisdictions() {
        List<Jurisdiction> all = catalog.jurisdictions();
        long defaults = all.stream().filter(Jurisdiction::isDefault).count();
        String firstFile = all.isEmpty() ? "deterrence.yml" : catalog.origin("jurisdictions." + all.get(0).id(), "deterrence.yml");
        if (all.isEmpty()) {
            problem(firstFile, "jurisdictions", "there are no jurisdictions", "restore deterrence.yml from the built-in catalog");
        } else if (defaults != 1) {
            // Report where the last default was added: with an operator's overlay, that is the new file.
            String f = all.stream().filter(Jurisdiction::isDefault).reduce((a, b) -> b)
                    .map(j -> catalog.origin("jurisdictions." + j.id(), firstFile)).orElse(firstFile);
            problem(f, "jurisdictions", defaults + " jurisdictions are marked 'default: true'", "mark exactly one (us-federal in the shipped catalog)");
        }
        Set<String> kinds = new LinkedHashSet<>(LEVELS);
        kinds.add(RESOURCE);
        for (Jurisdiction j : all) {
            String f = catalog.origin("jurisdictions." + j.id(), "deterrence.yml");
            String where = "jurisdictions." + j.id();
            for (String level : kinds) {
                if (!catalog.has("deterrence." + j.id() + "." + level)) {
                    problem(f, "deterrence." + j.id() + "." + level, "jurisdiction '" + j.id() + "' has no '" + level + "' message",
                            "add '" + level + ":' under " + where + ".messages");
                }
            }
            for (String key : catalog.keys()) {
                String prefix = "deterrence." + j.id() + ".";
                if (key.startsWith(prefix) && !kinds.contains(key.substring(prefix.length()))) {
                    problem(f, key, "'" + key.substring(prefix.length()) + "' is not a deterrence level", "use one of " + kinds);
                }
            }
            if (j.penalties().isEmpty()) {
                problem(f, where + ".penalties", "no penalties are listed", "list the penalties the messages state, each with its source");
            }
            for (int i = 0; i < j.penalties().size(); i++) {
                Penalty p = j.penalties().get(i);
                if (p.source().isBlank() || p.offence().isBlank() || p.penalty().isBlank()) {
                    problem(f, where + ".penalties[" + i + "]", "a penalty needs offence, penalty and source",
                            "cite the law and section in 'source:', or delete a claim you cannot cite");
                }
            }
            if (j.resources().isEmpty()) {
                problem(f, where + ".resources", "no help resources are listed", "list where people who want to stop buying sex can get help");
            }
            for (int i = 0; i < j.resources().size(); i++) {
                HelpResource r = j.resources().get(i);
                if (r.name().isBlank() || r.phone().isBlank() && r.url().isBlank()) {
                    problem(f, where + ".resources[" + i + "]", "a resource needs a name and a phone or url", "complete it or delete it");
                }
            }
        }
    }

    private void checkRequiredAndForbiddenKeys() {
        String f = catalog.origin("rules", "rules.yml");
        for (KeyRule rule : rules.keys()) {
            if (!rule.required()) {
                continue;
            }
            for (String key : pattern(rule.pattern()).expand()) {
                boolean reportedElsewhere = key.startsWith("persona.") || key.startsWith("deterrence.");
                if (!catalog.has(key) && !reportedElsewhere) {
                    problem(fileFor(key), key, "the message is missing; code sends it (rules.keys: " + rule.pattern() + ")",
                            "add '" + key + ":' under 'messages:' with at least an 'en:' text");
                }
            }
        }
        rules.forbiddenKeys().forEach((key, reason) -> catalog.find(key).ifPresent(e ->
                problem(e.file(), key, "this key must not exist: " + reason, "delete it")));
        if (rules.keys().isEmpty()) {
            problem(f, "rules.keys", "no key rules: nothing can be checked as used", "restore rules.yml from the built-in catalog");
        }
    }

    private void checkEntry(CatalogEntry entry) {
        String f = entry.file();
        String key = entry.key();
        List<KeyRule> matching = rules.keys().stream().filter(r -> pattern(r.pattern()).matches(key)).toList();
        if (matching.isEmpty() && !rules.keys().isEmpty()) {
            problem(f, key, "no code sends this message (no pattern in rules.keys matches it)",
                    "check the key for a typo, or add a pattern to rules.keys if code sends it");
        }
        if (!entry.variants().containsKey(rules.fallbackLocale())) {
            problem(f, key, "there is no '" + rules.fallbackLocale() + "' text to fall back on",
                    "add '" + rules.fallbackLocale() + ":' variants; other locales fall back to it");
        }
        Set<String> allowedSlots = new LinkedHashSet<>();
        matching.forEach(r -> allowedSlots.addAll(r.slots()));
        boolean persona = key.startsWith("persona.");
        int budget = budget(entry);
        entry.variants().forEach((locale, variants) -> {
            for (int i = 0; i < variants.size(); i++) {
                String where = key + "." + locale + "[" + (i + 1) + "]";
                String text = variants.get(i);
                checkSlots(f, where, text, allowedSlots, persona ? entry.slotDefaults() : null);
                checkBudget(f, where, text, entry.slotDefaults(), budget);
                checkWords(f, where, text, key);
                checkUrls(f, where, text);
            }
        });
    }

    private void checkSlots(String f, String where, String text, Set<String> allowed, Map<String, String> personaValues) {
        if (Slots.hasStrayBrace(text)) {
            problem(f, where, "a '{' or '}' is not part of a {slot}", "write slots as {name} in lower case, or remove the brace");
        }
        for (String slot : Slots.names(text)) {
            if (!allowed.contains(slot)) {
                problem(f, where, "unknown slot {" + slot + "}: code does not fill it here",
                        allowed.isEmpty() ? "remove it: this message has no slots" : "use one of " + allowed.stream().map(s -> "{" + s + "}").toList());
            } else if (personaValues != null && !personaValues.containsKey(slot)) {
                problem(f, where, "slot {" + slot + "} has no value: the persona does not define '" + slot + "'",
                        "add '" + slot + ": ...' to the persona, or remove the slot");
            }
        }
    }

    private void checkBudget(String f, String where, String text, Map<String, String> defaults, int budget) {
        String filled = Slots.fill(text, slot -> defaults.getOrDefault(slot, "x".repeat(SLOT_ALLOWANCE)));
        SegmentCount count = SmsSegments.count(filled);
        if (count.segments() > budget) {
            problem(f, where, "takes " + count.segments() + " segments (" + count.characters() + " " + count.encoding()
                    + " characters); the budget is " + budget, "shorten it" + (count.encoding() == Encoding.UCS2
                    ? ", or drop the characters that force UCS-2 (70 characters a segment instead of 160)" : ""));
        }
        if (!count.ucs2Forcing().isEmpty() && onlyLookAlikesForceUcs2(filled)) {
            CharacterIssue first = count.ucs2Forcing().get(0);
            problem(f, where, "'" + first.character() + "' at " + first.index() + " forces UCS-2 (70 characters a segment, not 160)",
                    "type \"" + first.suggestion() + "\" instead" + (count.ucs2Forcing().size() > 1
                            ? " (and " + (count.ucs2Forcing().size() - 1) + " more such characters)" : ""));
        }
    }

    private static boolean onlyLookAlikesForceUcs2(String text) {
        SegmentCount count = SmsSegments.count(text);
        StringBuilder plain = new StringBuilder(text);
        List<CharacterIssue> issues = count.ucs2Forcing();
        for (int i = issues.size() - 1; i >= 0; i--) {
            CharacterIssue issue = issues.get(i);
            plain.replace(issue.index(), issue.index() + 1, issue.suggestion());
        }
        return SmsSegments.count(plain.toString()).encoding() == Encoding.GSM7;
    }

    private void checkWords(String f, String where, String text, String key) {
        String folded = TextFold.foldForSearch(text);
        if (matchesAny(rules.explicitWordsIn(), key)) {
            List<String> found = words(folded, rules.explicitWords());
            if (!found.isEmpty()) {
                problem(f, where, "explicit word " + quoted(found) + " (lexicon.explicit)",
                        "say it evasively; a persona never describes sex acts or bodies");
            }
            List<String> meeting = words(folded, rules.meetingWords());
            if (!meeting.isEmpty()) {
                problem(f, where, quoted(meeting) + " promises or arranges a meeting (lexicon.meeting)",
                        "deflect instead; a decoy never agrees to meet");
            }
            Matcher place = ADDRESS_OR_TIME.matcher(text);
            if (place.find()) {
                problem(f, where, "'" + place.group() + "' looks like an address or a meeting time",
                        "remove it; a decoy never gives a place or a time");
            }
        }
        if (matchesAny(rules.revealingWordsIn(), key)) {
            List<String> found = words(folded, rules.revealingWords());
            if (!found.isEmpty()) {
                problem(f, where, quoted(found) + " would tell anyone reading the phone what this is about (lexicon.revealing)",
                        "use neutral words such as 'support' or 'someone to talk to'");
            }
        }
        if (matchesAny(rules.optOutHintIn(), key)) {
            boolean hint = catalog.keywords(Keyword.OPT_OUT).values().stream().flatMap(List::stream)
                    .anyMatch(k -> text.contains(k) && TextFold.containsWords(folded, TextFold.foldForSearch(k)));
            if (!hint) {
                problem(f, where, "no opt-out hint", "end it with e.g. 'Reply STOP to opt out.' (an opt-out keyword in capitals)");
            }
        }
    }

    private static String quoted(List<String> words) {
        return String.join(", ", words.stream().map(w -> "'" + w + "'").toList());
    }

    private static List<String> words(String foldedText, Map<String, List<String>> lexicon) {
        return lexicon.values().stream().flatMap(List::stream).distinct()
                .filter(w -> TextFold.containsWords(foldedText, TextFold.foldForSearch(w))).toList();
    }

    private void checkUrls(String f, String where, String text) {
        Matcher m = URL.matcher(text);
        while (m.find()) {
            String host = m.group().replaceFirst("(?i)^https?://", "").split("/", 2)[0].toLowerCase(java.util.Locale.ROOT);
            boolean allowed = rules.allowedUrlHosts().stream().anyMatch(a -> host.equals(a) || host.endsWith("." + a));
            if (!allowed) {
                problem(f, where, "link to '" + host + "' is not in rules.allowed_url_hosts",
                        "link only to allowed sites, or add the host to rules.allowed_url_hosts after checking it");
            }
        }
    }

    private int budget(CatalogEntry entry) {
        if (entry.budget() != null) {
            return entry.budget();
        }
        return rules.budgets().entrySet().stream().filter(b -> pattern(b.getKey()).matches(entry.key()))
                .map(Map.Entry::getValue).findFirst().orElse(rules.defaultBudget());
    }

    private boolean matchesAny(List<String> patterns, String key) {
        return patterns.stream().anyMatch(p -> pattern(p).matches(key));
    }

    private KeyPattern pattern(String text) {
        return new KeyPattern(text, sets);
    }

    /** Where a missing key belongs: beside the keys that share its first part, else in the rules' file. */
    private String fileFor(String key) {
        String first = key.split("\\.", 2)[0] + ".";
        return catalog.keys().stream().filter(k -> k.startsWith(first)).findFirst()
                .flatMap(catalog::find).map(CatalogEntry::file).orElse(catalog.origin("rules", "rules.yml"));
    }

    private void problem(String file, String key, String message, String fix) {
        problems.add(new Problem(file, key, message, fix));
    }
}
