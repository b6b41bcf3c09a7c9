package org.intercede.prompts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntUnaryOperator;

/**
 * One loaded snapshot of the message catalog. Its content never changes; a reload builds a new one.
 * <p>
 * The only state is which variant each key sent last, so that a buyer who asks twice does not get the same
 * words twice in a row (a bot that repeats itself is easy to spot).
 */
public final class Catalog {
    private final Map<String, CatalogEntry> entries;
    private final Map<Keyword, Map<String, List<String>>> keywords;
    private final Map<String, Keyword> keywordByFoldedText;
    private final Map<String, String> keywordLocaleByFoldedText;
    private final Map<String, Persona> personas;
    private final Map<String, Jurisdiction> jurisdictions;
    private final CatalogRules rules;
    private final Map<String, String> origins;
    private final IntUnaryOperator random;
    private final Map<String, Integer> lastVariant = new ConcurrentHashMap<>();

    Catalog(Map<String, CatalogEntry> entries, Map<Keyword, Map<String, List<String>>> keywords,
            Map<String, Persona> personas, Map<String, Jurisdiction> jurisdictions, CatalogRules rules,
            Map<String, String> origins, IntUnaryOperator random) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        Map<Keyword, Map<String, List<String>>> byKind = new EnumMap<>(Keyword.class);
        keywords.forEach((kind, byLocale) -> {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            byLocale.forEach((locale, list) -> copy.put(locale, List.copyOf(list)));
            byKind.put(kind, Collections.unmodifiableMap(copy));
        });
        this.keywords = Collections.unmodifiableMap(byKind);
        this.personas = Collections.unmodifiableMap(new LinkedHashMap<>(personas));
        this.jurisdictions = Collections.unmodifiableMap(new LinkedHashMap<>(jurisdictions));
        this.rules = rules;
        this.origins = Map.copyOf(origins);
        this.random = random;
        Map<String, Keyword> folded = new HashMap<>();
        keywords.forEach((kind, byLocale) -> byLocale.values().forEach(words ->
                words.forEach(w -> folded.putIfAbsent(TextFold.fold(w), kind))));
        this.keywordByFoldedText = Map.copyOf(folded);
        Map<String, String> locales = new HashMap<>();
        keywords.values().forEach(byLocale -> byLocale.forEach((locale, words) ->
                words.forEach(w -> locales.putIfAbsent(TextFold.fold(w), locale))));
        this.keywordLocaleByFoldedText = Map.copyOf(locales);
    }

    /**
     * Reads and validates catalog files.
     *
     * @param what how to name the catalog in the error ("the built-in catalog", a directory)
     * @throws InvalidCatalogException when the validator finds any problem: a broken catalog is never used
     */
    public static Catalog load(List<CatalogFile> files, String what) {
        CatalogReader.Result read = CatalogReader.read(files, defaultRandom());
        List<Problem> problems = new ArrayList<>(read.problems());
        problems.addAll(CatalogValidator.validate(read.catalog()));
        if (!problems.isEmpty()) {
            throw new InvalidCatalogException(what, problems);
        }
        return read.catalog();
    }

    /**
     * Reads catalog files without validating them, so that an operator can preview a message while other
     * parts of an edit are still broken. Never send from such a catalog: use {@link #load}.
     */
    public static Catalog preview(List<CatalogFile> files) {
        return CatalogReader.read(files, defaultRandom()).catalog();
    }

    /** The shipped catalog (the build refuses to package it with problems). */
    public static Catalog builtIn() {
        // Read, not validated again: ShippedCatalogTest validates these very files and fails the build on any
        // problem, and validation is most of the cost of loading, paid at every start and every command.
        CatalogReader.Result read = CatalogReader.read(CatalogSources.builtIn(), defaultRandom());
        if (!read.problems().isEmpty()) {
            throw new InvalidCatalogException("the built-in catalog", read.problems());
        }
        return read.catalog();
    }

    static IntUnaryOperator defaultRandom() {
        return bound -> ThreadLocalRandom.current().nextInt(bound);
    }

    /**
     * A message ready to send: a variant picked at random (never the one this key sent last), in
     * {@code locale} or else the fallback locale, with its {@code {slot}}s filled from {@code slots} or the
     * entry's defaults (a persona's name and area).
     *
     * @throws PromptException for an unknown key or a slot without a value
     */
    public String render(String key, String locale, Map<String, String> slots) {
        CatalogEntry entry = entry(key);
        String lang = resolveLocale(entry, locale);
        List<String> options = entry.variants().get(lang);
        int chosen = lastVariant.compute(key + "|" + lang, (k, last) -> pick(options.size(), last));
        return fill(entry, options.get(chosen), slots);
    }

    /** Every variant of a key filled, in catalog order: for previews and tests, not for sending. */
    public List<String> renderAll(String key, String locale, Map<String, String> slots) {
        CatalogEntry entry = entry(key);
        return entry.variants().get(resolveLocale(entry, locale)).stream().map(t -> fill(entry, t, slots)).toList();
    }

    /** The locale a key is actually written in for a requested one (after the es -> en fallback). */
    public String localeFor(String key, String locale) {
        return resolveLocale(entry(key), locale);
    }

    private static String fill(CatalogEntry entry, String template, Map<String, String> slots) {
        String key = entry.key();
        return Slots.fill(template, slot -> {
            String value = slots.get(slot);
            if (value == null) {
                value = entry.slotDefaults().get(slot);
            }
            if (value == null) {
                throw new PromptException("message '" + key + "' needs a value for {" + slot + "}; pass it as a slot");
            }
            return value;
        });
    }

    private int pick(int size, Integer last) {
        if (size == 1) {
            return 0;
        }
        if (last == null || last >= size) {
            return random.applyAsInt(size);
        }
        // Draw among the others: shift every index at or past the last one up by one.
        int r = random.applyAsInt(size - 1);
        return r >= last ? r + 1 : r;
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** The variants of a key in a locale (after fallback), unfilled. */
    public List<String> variants(String key, String locale) {
        CatalogEntry entry = entry(key);
        return entry.variants().get(resolveLocale(entry, locale));
    }

    /** Every locale any message is written in. */
    public Set<String> locales() {
        Set<String> all = new TreeSet<>();
        entries.values().forEach(e -> all.addAll(e.variants().keySet()));
        return Collections.unmodifiableSet(all);
    }

    /**
     * The keyword a whole message is, in any locale: {@code "Stop."}, {@code " STOP "}, {@code "Parar"}.
     * A sentence that merely contains one ("stop texting me") is not a keyword; understanding it is the
     * classifier's job.
     */
    public Optional<Keyword> keyword(String messageText) {
        if (messageText == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(keywordByFoldedText.get(TextFold.fold(messageText)));
    }

    /** The locale of the keyword a whole message is ("Parar" is es), so the answer is in the sender's language. */
    public Optional<String> keywordLocale(String messageText) {
        if (messageText == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(keywordLocaleByFoldedText.get(TextFold.fold(messageText)));
    }

    /** Keywords of one kind, by locale, as written in the catalog. */
    public Map<String, List<String>> keywords(Keyword kind) {
        return keywords.getOrDefault(kind, Map.of());
    }

    public Optional<Persona> persona(String id) {
        return Optional.ofNullable(personas.get(id));
    }

    public List<Persona> personas() {
        return List.copyOf(personas.values());
    }

    public Optional<Jurisdiction> jurisdiction(String id) {
        return Optional.ofNullable(jurisdictions.get(id));
    }

    public List<Jurisdiction> jurisdictions() {
        return List.copyOf(jurisdictions.values());
    }

    /** The jurisdiction marked {@code default: true} (US federal in the shipped catalog). */
    public Optional<Jurisdiction> defaultJurisdiction() {
        return jurisdictions.values().stream().filter(Jurisdiction::isDefault).findFirst();
    }

    /** Every key, in file order. */
    public List<String> keys() {
        return new ArrayList<>(entries.keySet());
    }

    public Optional<CatalogEntry> find(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    public CatalogRules rules() {
        return rules;
    }

    /**
     * The file that defines a section or item ({@code keywords}, {@code rules}, {@code personas.jess},
     * {@code jurisdictions.fr}), so that problems can name it; {@code fallback} when none does.
     */
    String origin(String what, String fallback) {
        return origins.getOrDefault(what, fallback);
    }

    private CatalogEntry entry(String key) {
        CatalogEntry entry = entries.get(key);
        if (entry == null) {
            throw new PromptException("unknown message key '" + key + "'; see ./intercede prompts lint and the catalog files");
        }
        return entry;
    }

    /** "es-US" and "es" both mean Spanish; a locale the key lacks falls back (es -> en). */
    private String resolveLocale(CatalogEntry entry, String locale) {
        String lang = locale == null ? rules.fallbackLocale()
                : locale.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        if (entry.variants().containsKey(lang)) {
            return lang;
        }
        if (entry.variants().containsKey(rules.fallbackLocale())) {
            return rules.fallbackLocale();
        }
        return entry.variants().keySet().stream().sorted().findFirst()
                .orElseThrow(() -> new PromptException("message '" + entry.key() + "' has no text"));
    }
}
