package org.intercede.prompts;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.regex.Pattern;

/** The YAML dialect of catalog files: duplicate keys refused, and YES, NO, ON, OFF stay words. */
final class CatalogYaml {

    private CatalogYaml() {
    }

    /** A new parser (SnakeYAML's are not thread-safe). */
    static Yaml parser() {
        LoaderOptions options = new LoaderOptions();
        // YAML would otherwise keep the last of two equal keys and silently drop a message.
        options.setAllowDuplicateKeys(false);
        DumperOptions dump = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dump), dump, options, new WordsResolver());
    }

    /**
     * YAML 1.1 reads an unquoted {@code YES} or {@code NO} as a boolean, which would turn the opt-in keyword
     * YES into {@code true}. Only true/false are booleans here; numbers and null keep their usual meaning.
     */
    private static final class WordsResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
            addImplicitResolver(Tag.MERGE, MERGE, "<");
        }
    }
}
