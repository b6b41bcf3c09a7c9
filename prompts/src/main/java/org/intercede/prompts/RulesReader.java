package org.intercede.prompts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the typed fields of the {@code rules:} and {@code lexicon:} sections, reporting what is malformed. */
final class RulesReader {
    private final String file;
    private final String name;
    private final Map<String, Object> section;
    private final List<Problem> problems;

    RulesReader(String file, String name, Map<String, Object> section, List<Problem> problems) {
        this.file = file;
        this.name = name;
        this.section = section;
        this.problems = problems;
    }

    /** Reports fields this section does not have: a typo would otherwise silently fall back to a default. */
    void onlyFields(java.util.Set<String> known) {
        section.keySet().stream().filter(k -> !known.contains(k)).forEach(k -> problem(k, "unknown field",
                "use one of " + known.stream().sorted().toList()));
    }

    String string(String field, String fallback) {
        Object value = section.get(field);
        return value == null ? fallback : value.toString();
    }

    int positive(String field, int fallback) {
        Object value = section.get(field);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Integer i && i >= 1) {
            return i;
        }
        problem(field, "expected a whole number, 1 or more", "write e.g. '" + field + ": 3'");
        return fallback;
    }

    List<String> strings(String field) {
        Object value = section.get(field);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list && list.stream().noneMatch(i -> i instanceof Map || i instanceof List)) {
            return list.stream().map(String::valueOf).toList();
        }
        problem(field, "expected a list of texts", "write '- ...' lines under '" + field + ":'");
        return List.of();
    }

    Map<String, Integer> budgets(String field) {
        Map<String, Integer> out = new LinkedHashMap<>();
        mapOf(field).forEach((pattern, value) -> {
            if (value instanceof Integer i && i >= 1) {
                out.put(pattern, i);
            } else {
                problem(field + "." + pattern, "a budget is a whole number of segments", "write e.g. '" + pattern + ": 2'");
            }
        });
        return out;
    }

    Map<String, String> reasons(String field) {
        Map<String, String> out = new LinkedHashMap<>();
        mapOf(field).forEach((key, reason) -> out.put(key, reason == null ? "" : reason.toString()));
        return out;
    }

    Map<String, List<String>> byLocale(String field) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        mapOf(field).forEach((locale, words) -> {
            if (words instanceof List<?> list) {
                out.put(locale, list.stream().map(String::valueOf).toList());
            } else {
                problem(field + "." + locale, "expected a list of words", "write '- word' lines under '" + locale + ":'");
            }
        });
        return out;
    }

    List<KeyRule> keyRules(String field) {
        List<KeyRule> out = new ArrayList<>();
        Object value = section.get(field);
        if (value == null) {
            return out;
        }
        if (!(value instanceof List<?> list)) {
            problem(field, "expected a list of key rules", "write '- pattern: ...' items");
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map<?, ?> rule && rule.get("pattern") != null) {
                Object slots = rule.get("slots");
                List<String> slotNames = slots instanceof List<?> s ? s.stream().map(String::valueOf).toList() : List.of();
                out.add(new KeyRule(rule.get("pattern").toString(), Boolean.TRUE.equals(rule.get("required")), slotNames));
            } else {
                problem(field + "[" + i + "]", "a key rule needs a pattern", "write '- pattern: outreach.first' with 'required:' and 'slots:'");
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> mapOf(String field) {
        Object value = section.get(field);
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<Object, Object>) map).forEach((k, v) -> out.put(String.valueOf(k), v));
            return out;
        }
        problem(field, "expected a mapping", "write 'name: value' lines under '" + field + ":'");
        return Map.of();
    }

    private void problem(String where, String message, String fix) {
        problems.add(new Problem(file, name + "." + where, message, fix));
    }
}
