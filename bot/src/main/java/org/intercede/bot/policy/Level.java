package org.intercede.bot.policy;

import java.util.Locale;

/** Deterrence levels, the catalog's names; {@code UNDERAGE} is the sternest. */
public enum Level {
    STANDARD, UNDERAGE, REPEAT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
