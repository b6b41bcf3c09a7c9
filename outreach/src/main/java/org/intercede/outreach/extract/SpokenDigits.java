package org.intercede.outreach.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the pieces of consecutive numeric words ({@link NumberWords#segment}) into digits, one digit string per
 * word, where a piece may reach back into the word before it:
 * <ul>
 *   <li>tens take the unit after them: "twenty" "two" is 22, "vingt et un" 21, "treinta y dos" 32;</li>
 *   <li>French counts 70 to 99 on 60 and 80: "soixante-treize" is 73, "quatre-vingt" 80, "quatre-vingt-quinze"
 *       95, and 17 to 19 on ten: "dix-sept" is 17;</li>
 *   <li>"double" and "triple" repeat the next digit.</li>
 * </ul>
 */
final class SpokenDigits {
    private SpokenDigits() {
    }

    static List<StringBuilder> read(List<int[]> words) {
        List<StringBuilder> digits = new ArrayList<>(words.size());
        StringBuilder openTens = null;
        int tens = 0;
        StringBuilder openTen = null;
        StringBuilder lastFrenchFour = null;
        int repeat = 1;
        for (int[] pieces : words) {
            StringBuilder group = new StringBuilder();
            digits.add(group);
            for (int piece : pieces) {
                StringBuilder frenchFour = lastFrenchFour;
                lastFrenchFour = null;
                if (piece == NumberWords.FRENCH_FOUR) {
                    group.append('4');
                    lastFrenchFour = group;
                    openTens = null;
                    openTen = null;
                } else if (piece >= NumberWords.REPEAT_FLAG) {
                    repeat = piece - NumberWords.REPEAT_FLAG;
                    openTens = null;
                    openTen = null;
                } else if (piece >= NumberWords.TENS_FLAG) {
                    tens = piece - NumberWords.TENS_FLAG;
                    StringBuilder target = group;
                    if (tens == 2 && frenchFour != null) {
                        // quatre-vingt: the 4 just written was the start of 80.
                        frenchFour.setLength(frenchFour.length() - 1);
                        target = frenchFour;
                        tens = 8;
                    }
                    target.append(tens).append('0');
                    openTens = target;
                    openTen = null;
                    repeat = 1;
                } else if (piece >= 10) {
                    if (openTens != null && (tens == 6 || tens == 8)) {
                        // soixante-treize is 60 + 13, quatre-vingt-dix is 80 + 10.
                        openTens.setLength(openTens.length() - 2);
                        openTens.append(tens + 1).append(piece - 10);
                        openTen = null;
                    } else {
                        group.append(piece);
                        openTen = piece == 10 ? group : null;
                    }
                    openTens = null;
                    repeat = 1;
                } else if (openTens != null && piece >= 1) {
                    openTens.setCharAt(openTens.length() - 1, (char) ('0' + piece));
                    openTens = null;
                } else if (openTen != null && piece >= 7) {
                    openTen.setCharAt(openTen.length() - 1, (char) ('0' + piece));
                    openTen = null;
                } else {
                    group.append(String.valueOf(piece).repeat(repeat));
                    openTens = null;
                    openTen = null;
                    repeat = 1;
                }
            }
        }
        return digits;
    }
}
