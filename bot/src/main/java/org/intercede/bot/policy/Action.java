package org.intercede.bot.policy;

/** What the bot does with one buyer message. */
public enum Action {
    PERSONA, DETERRENCE, RESOURCE, SILENCE
}
