package org.intercede.bot.policy;

/**
 * What to do with one buyer message, and why (recorded for operators and the figures).
 *
 * @param intent the persona intent to answer, for {@link Action#PERSONA}
 * @param level  the deterrence level, for {@link Action#DETERRENCE}
 * @param next   the conversation after this message
 */
public record Decision(Action action, String intent, Level level, String reason, ConversationState next) {
}
