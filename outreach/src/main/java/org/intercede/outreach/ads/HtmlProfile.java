package org.intercede.outreach.ads;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** How to read one site's saved ad pages: CSS selectors per field (see html-profiles.yml). */
public record HtmlProfile(String name, String source, String region, Map<String, String> selectors) {
    static final String BUILT_IN = "/org/intercede/outreach/ads/html-profiles.yml";
    private static final Set<String> FIELDS = Set.of("title", "text", "city", "posted_at", "url");

    /** The profile called {@code name}, from {@code file} or the built-in profiles. */
    @SuppressWarnings("unchecked")
    public static HtmlProfile load(String name, Path file) {
        Object root;
        try (InputStream in = file == null ? HtmlProfile.class.getResourceAsStream(BUILT_IN) : Files.newInputStream(file)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException((file == null ? "built-in profiles" : file) + ": not valid YAML");
        }
        String where = file == null ? "the built-in profiles" : file.toString();
        if (!(root instanceof Map<?, ?> map) || !(map.get("profiles") instanceof Map<?, ?> profiles)) {
            throw new IllegalArgumentException(where + ": expected a top-level 'profiles:' map");
        }
        if (!(profiles.get(name) instanceof Map<?, ?> profile)) {
            throw new IllegalArgumentException(where + " has no profile '" + name + "'; it has " + profiles.keySet());
        }
        Map<String, Object> p = (Map<String, Object>) profile;
        if (!(p.get("selectors") instanceof Map<?, ?> selectorMap)) {
            throw new IllegalArgumentException(where + ": profiles." + name + " needs 'selectors'");
        }
        Map<String, String> selectors = new LinkedHashMap<>();
        selectorMap.forEach((field, selector) -> {
            if (!FIELDS.contains(field.toString())) {
                throw new IllegalArgumentException(where + ": profiles." + name + ".selectors." + field
                        + " is not a field; use " + FIELDS);
            }
            selectors.put(field.toString(), selector.toString());
        });
        if (!selectors.containsKey("text") && !selectors.containsKey("title")) {
            throw new IllegalArgumentException(where + ": profiles." + name + " needs a 'text' or 'title' selector");
        }
        Object source = p.get("source");
        Object region = p.get("region");
        return new HtmlProfile(name, source == null ? name : source.toString(), region == null ? null : region.toString(),
                Map.copyOf(selectors));
    }
}
