package org.intercede.nlp.buyer;

/**
 * Whether a buyer message shows interest in a person under 18, and why: the name of the rule that fired
 * ({@code model} when only the statistical model saw it, {@code none} when nothing did), or the guard
 * that vetoed it. {@code modelScore} is the model's probability of underage interest.
 */
public record UnderageVerdict(boolean underage, String rule, double modelScore) {
}
