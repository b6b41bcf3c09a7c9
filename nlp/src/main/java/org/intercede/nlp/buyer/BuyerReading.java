package org.intercede.nlp.buyer;

/** What a buyer's message asks ({@code intent}, CONTRACTS.md), how sure, and whether it shows interest in a minor. */
public record BuyerReading(String intent, double confidence, boolean underage) {
}
