package org.intercede.prompts;

import org.yaml.snakeyaml.constructor.DuplicateKeyException;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Pattern;

/**
 * Turns catalog files into a {@link Catalog}, collecting every structural problem instead of stopping at the
 * first, so that one lint run shows an operator all of them. What cannot be read is left out of the catalog.
 */
final class CatalogReader {
    static final Set<String> SECTIONS = Set.of("messages", "personas", "jurisdictions", "keywords", "rules", "lexicon");
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final Pattern KEY = Pattern.compile("[a-z0-9_-]+(\\.[a-z0-9_-]+)+");
    private static final Set<String> PERSONA_FIELDS = Set.of("tone", "locales", "replies", "note");
    private static final Set<String> JURISDICTION_FIELDS = Set.of("name", "default", "note", "penalties", "resources", "messages");

    /** The catalog (what could be read) and every problem met reading it. */
    record Result(Catalog catalog, List<Problem> problems) {
    }

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, CatalogEntry> entries = new LinkedHashMap<>();
    private final Map<Keyword, Map<String, List<String>>> keywords = new EnumMap<>(Keyword.class);
    private final Map<String, Persona> personas = new LinkedHashMap<>();
    private final Map<String, Jurisdiction> jurisdictions = new LinkedHashMap<>();
    private final Map<String, String> sectionFile = new LinkedHashMap<>();
    private Map<String, Object> rules = Map.of();
    private Map<String, Object> lexicon = Map.of();

    static Result read(List<CatalogFile> files, IntUnaryOperator random) {
        CatalogReader reader = new CatalogReader();
        for (CatalogFile file : files) {
            reader.readFile(file);
        }
        CatalogRules rules = reader.rules();
        Catalog catalog = new Catalog(reader.entries, reader.keywords, reader.personas, reader.jurisdictions, rules, reader.sectionFile, random);
        return new Result(catalog, List.copyOf(reader.problems));
    }

    private void readFile(CatalogFile file) {
        String f = file.source();
        Object root;
        try {
            root = CatalogYaml.parser().load(file.text());
        } catch (DuplicateKeyException e) {
            String key = e.getProblem().replaceFirst("^found duplicate key ", "");
            problem(f, key, "the key appears twice in this file (YAML would silently keep only the last)",
                    "keep one of the two, or rename one (line " + (e.getProblemMark().getLine() + 1) + ")");
            return;
        } catch (MarkedYAMLException e) {
            problem(f, "line " + (e.getProblemMark().getLine() + 1), "this is not valid YAML: " + e.getProblem(),
                    "check the indentation (spaces, not tabs) and quote text that contains ': ' or starts with a symbol");
            return;
        } catch (YAMLException e) {
            problem(f, "-", "this is not valid YAML: " + e.getMessage(), "fix the YAML syntax");
            return;
        }
        if (root == null) {
            return;
        }
        if (!(root instanceof Map<?, ?> map)) {
            problem(f, "-", "the file must be a YAML mapping of sections", "start with one of " + sorted(SECTIONS) + " followed by ':'");
            return;
        }
        map.forEach((section, body) -> {
            String name = String.valueOf(section);
            switch (name) {
                case "messages" -> readMessages(f, body);
                case "personas" -> readPersonas(f, body);
                case "jurisdictions" -> readJurisdictions(f, body);
                case "keywords" -> {
                    sectionFile.putIfAbsent(name, f);
                    readKeywords(f, body);
                }
                case "rules" -> rules = singleSection(f, name, body);
                case "lexicon" -> lexicon = singleSection(f, name, body);
                default -> problem(f, name, "unknown section '" + name + "'",
                        "use one of " + sorted(SECTIONS) + ", or indent it under one of them");
            }
        });
    }

    private Map<String, Object> singleSection(String f, String name, Object body) {
        String previous = sectionFile.putIfAbsent(name, f);
        if (previous != null) {
            problem(f, name, "section '" + name + "' is also in " + previous, "keep it in one file only");
        }
        Map<String, Object> map = mapping(f, name, body);
        return map == null ? Map.of() : map;
    }

    private void readMessages(String f, Object body) {
        Map<String, Object> map = mapping(f, "messages", body);
        if (map == null) {
            return;
        }
        map.forEach((key, node) -> {
            if (!KEY.matcher(key).matches()) {
                problem(f, key, "a message key is lower-case dotted words", "rename it like 'outreach.first' or 'caseworker.greeting'");
                return;
            }
            Map<String, Object> fields = mapping(f, key, node);
            if (fields == null) {
                return;
            }
            Integer budget = null;
            Map<String, Object> locales = new LinkedHashMap<>();
            for (Map.Entry<String, Object> field : fields.entrySet()) {
                switch (field.getKey()) {
                    case "budget" -> budget = budget(f, key, field.getValue());
                    case "note" -> { /* for the people who edit the file */ }
                    default -> locales.put(field.getKey(), field.getValue());
                }
            }
            addEntry(f, key, variants(f, key, locales), budget, Map.of());
        });
    }

    private void readPersonas(String f, Object body) {
        Map<String, Object> map = mapping(f, "personas", body);
        if (map == null) {
            return;
        }
        map.forEach((id, node) -> {
            String where = "personas." + id;
            Map<String, Object> fields = item(f, where, "a persona id", "jess", node);
            if (fields == null) {
                return;
            }
            Map<String, String> slots = new LinkedHashMap<>();
            fields.forEach((field, value) -> {
                if (!PERSONA_FIELDS.contains(field)) {
                    if (value instanceof Map || value instanceof List) {
                        problem(f, where + "." + field, "unknown persona field", "use name, area, tone, locales, replies, note, or a plain text field usable as {" + field + "}");
                    } else if (value != null) {
                        slots.put(field, String.valueOf(value));
                    }
                }
            });
            for (String required : List.of("name", "area")) {
                if (!slots.containsKey(required)) {
                    problem(f, where, "the persona has no " + required, "add '" + required + ": ...'");
                }
            }
            List<String> locales = stringList(f, where + ".locales", fields.getOrDefault("locales", List.of("en")));
            Object tone = fields.get("tone");
            personas.put(id, new Persona(id, slots.getOrDefault("name", id), slots.getOrDefault("area", ""),
                    tone == null ? "" : tone.toString(), locales, slots));
            Map<String, Object> replies = mapping(f, where + ".replies", fields.getOrDefault("replies", Map.of()));
            if (replies != null) {
                replies.forEach((intent, reply) -> {
                    String key = "persona." + id + "." + intent;
                    Map<String, Object> byLocale = mapping(f, key, reply);
                    if (byLocale != null) {
                        addEntry(f, key, variants(f, key, byLocale), null, slots);
                    }
                });
            }
        });
    }

    private void readJurisdictions(String f, Object body) {
        Map<String, Object> map = mapping(f, "jurisdictions", body);
        if (map == null) {
            return;
        }
        map.forEach((id, node) -> {
            String where = "jurisdictions." + id;
            Map<String, Object> fields = item(f, where, "a jurisdiction id", "us-wa", node);
            if (fields == null) {
                return;
            }
            fields.keySet().stream().filter(k -> !JURISDICTION_FIELDS.contains(k)).forEach(k -> problem(f, where + "." + k,
                    "unknown jurisdiction field", "use " + sorted(JURISDICTION_FIELDS)));
            List<Penalty> penalties = new ArrayList<>();
            for (Map<String, Object> p : mappings(f, where + ".penalties", fields.get("penalties"))) {
                penalties.add(new Penalty(text(p.get("offence")), text(p.get("penalty")), text(p.get("source"))));
            }
            List<HelpResource> resources = new ArrayList<>();
            for (Map<String, Object> r : mappings(f, where + ".resources", fields.get("resources"))) {
                resources.add(new HelpResource(text(r.get("name")), text(r.get("phone")), text(r.get("url")), text(r.get("for"))));
            }
            jurisdictions.put(id, new Jurisdiction(id, text(fields.getOrDefault("name", id)),
                    Boolean.TRUE.equals(fields.get("default")), penalties, resources));
            Map<String, Object> messages = mapping(f, where + ".messages", fields.getOrDefault("messages", Map.of()));
            if (messages != null) {
                messages.forEach((level, message) -> {
                    String key = "deterrence." + id + "." + level;
                    Map<String, Object> byLocale = mapping(f, key, message);
                    if (byLocale != null) {
                        Integer budget = byLocale.containsKey("budget") ? budget(f, key, byLocale.get("budget")) : null;
                        Map<String, Object> locales = new LinkedHashMap<>(byLocale);
                        locales.remove("budget");
                        locales.remove("note");
                        addEntry(f, key, variants(f, key, locales), budget, Map.of());
                    }
                });
            }
        });
    }

    private void readKeywords(String f, Object body) {
        Map<String, Object> map = mapping(f, "keywords", body);
        if (map == null) {
            return;
        }
        map.forEach((kind, node) -> {
            Keyword keyword;
            try {
                keyword = Keyword.valueOf(kind.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem(f, "keywords." + kind, "unknown keyword kind", "use opt_out, opt_in or help");
                return;
            }
            Map<String, Object> byLocale = mapping(f, "keywords." + kind, node);
            if (byLocale == null) {
                return;
            }
            Map<String, List<String>> words = keywords.computeIfAbsent(keyword, k -> new LinkedHashMap<>());
            byLocale.forEach((locale, list) -> {
                List<String> added = stringList(f, "keywords." + kind + "." + locale, list);
                added.forEach(word -> sectionFile.putIfAbsent(keywordOrigin(keyword, locale, word), f));
                words.computeIfAbsent(locale, l -> new ArrayList<>()).addAll(added);
            });
        });
    }

    /** The fields of a persona or jurisdiction, or null (with a problem) when its id or shape is wrong. */
    private Map<String, Object> item(String f, String where, String what, String example, Object node) {
        String id = where.substring(where.indexOf('.') + 1);
        if (!ID.matcher(id).matches()) {
            problem(f, where, what + " is lower-case letters, digits, - or _", "rename it, e.g. '" + example + "'");
            return null;
        }
        Map<String, Object> fields = mapping(f, where, node);
        if (fields == null) {
            return null;
        }
        String previous = sectionFile.putIfAbsent(where, f);
        if (previous != null) {
            problem(f, where, "it is also defined in " + previous, "keep one definition");
            return null;
        }
        return fields;
    }

    private void addEntry(String f, String key, Map<String, List<String>> variants, Integer budget, Map<String, String> slotDefaults) {
        CatalogEntry previous = entries.get(key);
        if (previous != null) {
            problem(f, key, "the key is also defined in " + previous.file(), "keep one definition and delete or rename the other");
            return;
        }
        if (variants.isEmpty()) {
            problem(f, key, "the message has no text", "add at least 'en:' with one or more variants");
            return;
        }
        entries.put(key, new CatalogEntry(key, f, variants, budget, slotDefaults));
    }

    private Map<String, List<String>> variants(String f, String key, Map<String, Object> byLocale) {
        Map<String, List<String>> variants = new LinkedHashMap<>();
        byLocale.forEach((locale, node) -> {
            if (!LOCALE.matcher(locale).matches()) {
                problem(f, key + "." + locale, "'" + locale + "' is not a locale code or a known field",
                        "use a two-letter language code (en, es, fr), 'budget' or 'note'");
                return;
            }
            List<String> texts = stringList(f, key + "." + locale, node);
            texts.removeIf(t -> {
                if (t.isBlank()) {
                    problem(f, key + "." + locale, "a variant is empty", "write the text or delete the line");
                    return true;
                }
                return false;
            });
            if (!texts.isEmpty()) {
                variants.put(locale, List.copyOf(texts));
            }
        });
        return variants;
    }

    private Integer budget(String f, String key, Object value) {
        if (value instanceof Integer i && i >= 1) {
            return i;
        }
        problem(f, key + ".budget", "budget must be a whole number of segments, 1 or more", "write e.g. 'budget: 2'");
        return null;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> mapping(String f, String where, Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<Object, Object>) map).forEach((k, v) -> out.put(String.valueOf(k), v));
            return out;
        }
        problem(f, where, "expected a mapping of 'name: value' lines here", "indent the fields under '" + lastPart(where) + ":'");
        return null;
    }

    private List<Map<String, Object>> mappings(String f, String where, Object node) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof List<?> list)) {
            problem(f, where, "expected a list ('- ...' lines)", "write each item on a line starting with '- '");
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            Map<String, Object> item = mapping(f, where + "[" + i + "]", list.get(i));
            if (item != null) {
                out.add(item);
            }
        }
        return out;
    }

    private List<String> stringList(String f, String where, Object node) {
        List<String> out = new ArrayList<>();
        if (node instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map || item instanceof List || item == null) {
                    problem(f, where, "expected plain text items", "quote the text: - \"...\"");
                } else {
                    out.add(String.valueOf(item));
                }
            }
        } else if (node != null && !(node instanceof Map)) {
            out.add(String.valueOf(node));
        } else {
            problem(f, where, "expected text or a list of texts", "write '- \"...\"' lines under it");
        }
        return out;
    }

    private CatalogRules rules() {
        String f = sectionFile.getOrDefault("rules", "rules");
        RulesReader r = new RulesReader(f, "rules", rules, problems);
        String lf = sectionFile.getOrDefault("lexicon", "lexicon");
        RulesReader lx = new RulesReader(lf, "lexicon", lexicon, problems);
        r.onlyFields(Set.of("fallback_locale", "default_budget", "budgets", "min_persona_variants", "allowed_url_hosts",
                "explicit_words_in", "revealing_words_in", "opt_out_hint_in", "forbidden_keys", "keys"));
        lx.onlyFields(Set.of("explicit", "revealing", "meeting"));
        return new CatalogRules(
                r.string("fallback_locale", CatalogRules.DEFAULTS.fallbackLocale()),
                r.positive("default_budget", CatalogRules.DEFAULTS.defaultBudget()),
                r.budgets("budgets"),
                r.positive("min_persona_variants", CatalogRules.DEFAULTS.minPersonaVariants()),
                r.strings("allowed_url_hosts"),
                r.strings("explicit_words_in"),
                r.strings("revealing_words_in"),
                r.strings("opt_out_hint_in"),
                r.reasons("forbidden_keys"),
                r.keyRules("keys"),
                lx.byLocale("explicit"),
                lx.byLocale("revealing"),
                lx.byLocale("meeting"));
    }

    private void problem(String file, String key, String message, String fix) {
        problems.add(new Problem(file, key, message, fix));
    }

    /** The origin name under which the file that lists a keyword is remembered. */
    static String keywordOrigin(Keyword kind, String locale, String word) {
        return "keywords." + kind.yamlName() + "." + locale + "." + TextFold.fold(word);
    }

    static String text(Object value) {
        return value == null ? "" : String.valueOf(value).strip();
    }

    private static String lastPart(String where) {
        int dot = where.lastIndexOf('.');
        return dot < 0 ? where : where.substring(dot + 1);
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
