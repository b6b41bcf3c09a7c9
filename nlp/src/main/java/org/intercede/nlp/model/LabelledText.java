package org.intercede.nlp.model;

/** One labelled example: a buyer message (label = intent, with the underage flag) or a reply (label). */
public record LabelledText(String label, boolean underage, String text, int line) {
}
