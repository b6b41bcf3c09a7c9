package org.intercede.outreach.extract;

/**
 * Letters that ads put in place of digits: O and o for 0, l, I and | for 1, Z for 2, S for 5, B for 8.
 * Only these: libphonenumber would read any letter as a keypad digit ("OOOO" as 6666, see STACK.md), which
 * is why every letter is settled here before libphonenumber sees the text.
 */
final class LookAlikes {
    private LookAlikes() {
    }

    static int digitOf(char c) {
        return switch (c) {
            case 'O', 'o' -> 0;
            case 'l', 'I', '|' -> 1;
            case 'Z' -> 2;
            case 'S' -> 5;
            case 'B' -> 8;
            default -> -1;
        };
    }
}
