package org.intercede.prompts;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code {slot}} placeholders of message templates. */
final class Slots {
    static final Pattern SLOT = Pattern.compile("\\{([a-z_][a-z0-9_]*)}");

    private Slots() {
    }

    static Set<String> names(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = SLOT.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** A brace left over once the slots are taken out: a typo such as {@code {name} or {Name}}. */
    static boolean hasStrayBrace(String template) {
        String rest = SLOT.matcher(template).replaceAll("");
        return rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0;
    }

    static String fill(String template, Function<String, String> value) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value.apply(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String fill(String template, Map<String, String> values) {
        return fill(template, values::get);
    }
}
