package org.intercede.outreach.extract;

/**
 * One written group of a possible number, after the disguise is undone: "206", "38l" read as "381", "four"
 * read as "4", "twenty one" read as "21".
 *
 * @param digits      ASCII digits
 * @param lookAlikes  how many of them were letters (O, l, I, S, B, Z) in the ad
 * @param plus        whether a '+' stood right before the group (an international number starts here)
 * @param separator   what stood between the previous group and this one ("-", " ", ", ", " 🔥 ")
 * @param soft        whether the group is one number word or a word of look-alike letters ("for", "to", "I"),
 *                    as likely prose as a digit
 */
record DigitGroup(String digits, int lookAlikes, boolean plus, String separator, boolean soft) {
}
