package org.intercede.prompts;

/**
 * Where a person who wants to stop buying sex (or is worried about their thoughts) can get help.
 *
 * @param phone may be empty: a number we are not certain of is left out
 * @param url   may be empty
 */
public record HelpResource(String name, String phone, String url, String forWhom) {
}
