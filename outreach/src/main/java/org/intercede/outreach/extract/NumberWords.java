package org.intercede.outreach.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * Digits written as words: English with the homophones ads use to slip past filters ("oh" 0, "won" 1,
 * "to"/"too" 2, "tree" 3, "for"/"fore" 4, "sicks" 6, "ate" 8), teens and tens ("twenty two"), "double" and
 * "triple", and the digits, teens and tens of Spanish and French, the other languages of the ads we see.
 * How pieces combine into digits ("soixante-treize" is 73) is {@link SpokenDigits}.
 *
 * <p>Words may be run together ("fourtwofive", "three8one"): {@link #segment} splits a word into number
 * words, ASCII digits and, when the word holds a real digit, look-alike letters. It walks a trie, so a word
 * that starts with no number word ("hello") is rejected at its first letter.
 */
final class NumberWords {
    /** Value of a tens word ("twenty" is 20); a following unit word adds to it. */
    static final int TENS_FLAG = 100;
    /** "double", "triple": the next digit is written that many times (UK habit: "oh seven double four"). */
    static final int REPEAT_FLAG = 200;
    /** French "quatre": 4, or with "vingt" after it 80 ("quatre-vingt-quinze" is 95). */
    static final int FRENCH_FOUR = 304;

    private static final Map<String, Integer> WORDS = new HashMap<>();

    static {
        put(0, "zero", "oh", "zéro", "cero", "nought");
        put(1, "one", "won", "uno", "un");
        put(2, "two", "to", "too", "dos", "deux");
        put(3, "three", "tree", "tres", "trois");
        put(4, "four", "for", "fore", "cuatro");
        put(FRENCH_FOUR, "quatre");
        put(5, "five", "cinco", "cinq");
        put(6, "six", "sicks", "seis");
        put(7, "seven", "siete", "sept");
        put(8, "eight", "ate", "ocho", "huit");
        put(9, "nine", "niner", "nueve", "neuf");
        put(10, "ten");
        put(11, "eleven");
        put(12, "twelve");
        put(13, "thirteen");
        put(14, "fourteen");
        put(15, "fifteen");
        put(16, "sixteen");
        put(17, "seventeen");
        put(18, "eighteen");
        put(19, "nineteen");
        put(TENS_FLAG + 2, "twenty");
        put(TENS_FLAG + 3, "thirty");
        put(TENS_FLAG + 4, "forty", "fourty");
        put(TENS_FLAG + 5, "fifty");
        put(TENS_FLAG + 6, "sixty");
        put(TENS_FLAG + 7, "seventy");
        put(TENS_FLAG + 8, "eighty");
        put(TENS_FLAG + 9, "ninety");
        // French numbers are read in pairs ("zéro six, douze, quarante-huit, soixante-treize"), Spanish ones
        // often too ("treinta y dos"). "once" (11) is left out: it is an English word.
        put(10, "dix", "diez");
        put(11, "onze");
        put(12, "douze", "doce");
        put(13, "treize", "trece");
        put(14, "quatorze", "catorce");
        put(15, "quinze", "quince");
        put(16, "seize", "dieciséis", "dieciseis");
        put(17, "diecisiete");
        put(18, "dieciocho");
        put(19, "diecinueve");
        put(TENS_FLAG + 2, "vingt", "vingts", "veinte");
        put(TENS_FLAG + 3, "trente", "treinta");
        put(TENS_FLAG + 4, "quarante", "cuarenta");
        put(TENS_FLAG + 5, "cinquante", "cincuenta");
        put(TENS_FLAG + 6, "soixante", "sesenta");
        put(TENS_FLAG + 7, "setenta");
        put(TENS_FLAG + 8, "ochenta");
        put(TENS_FLAG + 9, "noventa");
        put(REPEAT_FLAG + 2, "double");
        put(REPEAT_FLAG + 3, "triple");
    }

    private static final Node ROOT = new Node();

    static {
        WORDS.forEach((word, value) -> {
            Node node = ROOT;
            for (int i = 0; i < word.length(); i++) {
                node = node.children.computeIfAbsent(word.charAt(i), c -> new Node());
            }
            node.value = value;
        });
    }

    private static final class Node {
        final Map<Character, Node> children = new HashMap<>(4);
        int value = -1;
    }

    private static void put(int value, String... words) {
        for (String word : words) {
            WORDS.put(word, value);
        }
    }

    private NumberWords() {
    }

    /** Value of a whole word ({@code to} is 2, {@code twenty} is TENS_FLAG + 2), or -1. */
    static int valueOf(String lowerCaseWord) {
        Integer value = WORDS.get(lowerCaseWord);
        return value == null ? -1 : value;
    }

    /**
     * The pieces of {@code word} when all of it reads as number: each piece is a digit string, or a
     * flagged value for tens and repeats. Returns null when some part is not a number.
     *
     * @param lettersAsDigits whether look-alike letters (O, l, I, S, B, Z) may stand for digits: only in a
     *                        word that holds a real digit, or "BOSS" would be 8055
     */
    static int[] segment(String word, boolean lettersAsDigits) {
        int n = word.length();
        // best[i]: fewest pieces covering word[i..]; real number words beat look-alike letters by costing less.
        int[] cost = new int[n + 1];
        int[] next = new int[n + 1];
        int[] value = new int[n + 1];
        java.util.Arrays.fill(cost, Integer.MAX_VALUE);
        cost[n] = 0;
        for (int i = n - 1; i >= 0; i--) {
            char c = word.charAt(i);
            if (c >= '0' && c <= '9') {
                relax(cost, next, value, i, i + 1, 1, c - '0');
            } else if (lettersAsDigits) {
                int look = LookAlikes.digitOf(c);
                if (look >= 0) {
                    relax(cost, next, value, i, i + 1, 3, look);
                }
            }
            Node node = ROOT;
            for (int j = i; j < n && node != null; j++) {
                node = node.children.get(Character.toLowerCase(word.charAt(j)));
                if (node != null && node.value >= 0) {
                    relax(cost, next, value, i, j + 1, 2, node.value);
                }
            }
        }
        if (cost[0] == Integer.MAX_VALUE) {
            return null;
        }
        int count = 0;
        for (int i = 0; i < n; i = next[i]) {
            count++;
        }
        int[] pieces = new int[count];
        int k = 0;
        for (int i = 0; i < n; i = next[i]) {
            pieces[k++] = value[i];
        }
        return pieces;
    }

    private static void relax(int[] cost, int[] next, int[] value, int i, int end, int pieceCost, int pieceValue) {
        if (cost[end] != Integer.MAX_VALUE && cost[end] + pieceCost < cost[i]) {
            cost[i] = cost[end] + pieceCost;
            next[i] = end;
            value[i] = pieceValue;
        }
    }
}
