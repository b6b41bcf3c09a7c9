package org.intercede.prompts;

/** The carrier-style keywords the SMS gateway handles before a message reaches the bot or outreach. */
public enum Keyword {
    OPT_OUT,
    OPT_IN,
    HELP;

    /** The name used in the catalog YAML ({@code opt_out}, {@code opt_in}, {@code help}). */
    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
