package org.intercede.nlp.triage;

/** The triage label of an outreach reply (CONTRACTS.md), how sure, and whether it goes first ({@code crisis}). */
public record TriageReading(String label, double confidence, boolean urgent) {
}
