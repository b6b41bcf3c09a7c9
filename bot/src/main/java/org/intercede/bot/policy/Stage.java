package org.intercede.bot.policy;

/** Where a conversation with a buyer is. */
public enum Stage {
    /** In character, listening for a trigger. */
    CHATTING,
    /** The deterrence went out; the next message gets one resource reply. */
    DETERRED,
    /** The resource went out too: silence from now on. */
    FINISHED,
    /** Stopped: an auto-responder loop, or the buyer opted out. */
    CLOSED,
    /** A supervisor is writing; the bot says nothing. */
    TAKEN_OVER
}
