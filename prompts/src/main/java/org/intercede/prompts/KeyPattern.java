package org.intercede.prompts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key with placeholders, as written in {@code rules.keys} and {@code rules.budgets}:
 * {@code {persona}}, {@code {intent}}, {@code {jurisdiction}}, {@code {level}}, {@code {role}} stand for any
 * member of that set, {@code *} for any one dotted part.
 */
final class KeyPattern {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    private final String text;
    private final Map<String, Collection<String>> sets;

    KeyPattern(String text, Map<String, Collection<String>> sets) {
        this.text = text;
        this.sets = sets;
    }

    /** The first placeholder that names no known set, if any. */
    Optional<String> unknownPlaceholder() {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!sets.containsKey(m.group(1))) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    boolean matches(String key) {
        return regex().matcher(key).matches();
    }

    /** Every concrete key the pattern names; empty when it has a {@code *}, which names no finite set. */
    List<String> expand() {
        if (text.contains("*")) {
            return List.of();
        }
        List<String> keys = new ArrayList<>(List.of(text));
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String token = m.group();
            List<String> next = new ArrayList<>();
            for (String key : keys) {
                for (String member : sets.getOrDefault(m.group(1), List.<String>of())) {
                    next.add(key.replace(token, member));
                }
            }
            keys = next;
        }
        return keys;
    }

    private Pattern regex() {
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(text);
        int at = 0;
        while (m.find()) {
            out.append(literal(text.substring(at, m.start())));
            List<String> members = sets.getOrDefault(m.group(1), List.<String>of()).stream().map(Pattern::quote).toList();
            out.append(members.isEmpty() ? "(?!)" : "(?:" + String.join("|", members) + ")");
            at = m.end();
        }
        out.append(literal(text.substring(at)));
        return Pattern.compile(out.toString());
    }

    private static String literal(String part) {
        String[] pieces = part.split("\\*", -1);
        StringBuilder out = new StringBuilder(Pattern.quote(pieces[0]));
        for (int i = 1; i < pieces.length; i++) {
            out.append("[^.]+").append(Pattern.quote(pieces[i]));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return text;
    }
}
