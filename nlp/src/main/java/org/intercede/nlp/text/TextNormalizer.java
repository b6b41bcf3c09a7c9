package org.intercede.nlp.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a raw SMS into the canonical form both classifiers and every rule read: lower case, Unicode
 * look-alikes and accents folded, emoji as words, leetspeak undone inside words, letter runs shortened
 * ("hiiii" -> "hi"), SMS spellings expanded ("u r" -> "you are"), numbers written as words turned into
 * digits, and an age however it is written ("15yo", "15 y/o", "15 yrs old") turned into "15 yearsold" (not "yo", which is also a greeting).
 * Stateless and thread-safe; allocation stays per message (a few small lists).
 */
public final class TextNormalizer {

    /** Letters after a number that name its unit: "15yo", "10pm", "3rd", "2hrs" split into number + unit. */
    private static final Set<String> NUMBER_SUFFIXES = Set.of("yo", "yos", "yr", "yrs", "y", "yro", "yoa", "yrold", "min",
            "mins", "pm", "am", "th", "st", "nd", "rd", "hr", "hrs", "h", "k", "ish", "s", "x", "ft", "lbs", "mi",
            "miles", "hh", "qv", "hhr", "anos", "m", "b", "yrsold", "years", "year");

    /** Letters before a number that name what it counts: "u16", "rm214", "exit14". */
    private static final Set<String> NUMBER_PREFIXES = Set.of("u", "r", "ur", "im", "age", "room", "rm", "apt",
            "exit", "hwy", "route", "size", "bus", "gate", "lot", "zip", "i", "suite", "unit", "pier", "zone", "sz",
            "hh", "qv", "hr", "hhr", "x", "at", "is", "section", "building", "bldg", "floor", "shes", "she");

    private static final Set<String> AGE_SUFFIXES = Set.of("yo", "yos", "yro", "yoa", "yrold", "yrsold");
    private static final Set<String> YEAR_WORDS = Set.of("year", "years", "yr", "yrs");

    private static final TextNormalizer INSTANCE = new TextNormalizer();

    public static TextNormalizer instance() {
        return INSTANCE;
    }

    public NormalizedText normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return new NormalizedText("", new String[0], false);
        }
        String folded = fold(raw);
        List<String> tokens = joinSpacedLetters(RuleTokenizer.tokenize(folded));
        List<String> out = new ArrayList<>(tokens.size() + 4);
        boolean spelledTeen = false;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            Integer number = SmsLexicon.NUMBER_WORDS.get(token);
            if (number == null && !isDigits(token)) {
                number = SmsLexicon.NUMBER_WORDS.get(collapseRuns(unLeet(token)));
            }
            if (number != null) {
                // "twenty one" -> 21
                if (number >= 20 && number < 100 && number % 10 == 0 && i + 1 < tokens.size()) {
                    String next = tokens.get(i + 1);
                    Integer unit = next.equals("one") || next.equals("uno") ? Integer.valueOf(1)
                            : SmsLexicon.NUMBER_WORDS.get(next);
                    if (unit != null && unit < 10) {
                        number += unit;
                        i++;
                    }
                }
                if (number >= 10 && number <= 17
                        && (i + 1 >= tokens.size() || !SmsLexicon.NON_AGE_UNITS.contains(tokens.get(i + 1)))) {
                    spelledTeen = true;
                }
                out.add(Integer.toString(number));
                continue;
            }
            addToken(token, out);
        }
        List<String> aged = canonicalAges(out);
        String[] array = aged.toArray(new String[0]);
        return new NormalizedText(String.join(" ", array), array, spelledTeen);
    }

    /** Case, compatibility forms (full-width, math letters), look-alikes, accents, emoji, invisible marks. */
    static String fold(String raw) {
        boolean ascii = true;
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return raw.toLowerCase(Locale.ROOT);
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0xFE0E || cp == 0xFE0F || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0xFEFF
                    || cp == 0x2060 || cp == 0x20E3 || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
                continue; // variation selectors, joiners, skin tones: noise between letters or emoji
            }
            String word = SmsLexicon.EMOJI.get(cp);
            if (word != null) {
                sb.append(' ').append(word).append(' ');
                continue;
            }
            if (cp < 0x10000) {
                Character look = SmsLexicon.CONFUSABLES.get((char) cp);
                if (look != null) {
                    sb.append(look.charValue());
                    continue;
                }
            }
            sb.appendCodePoint(cp);
        }
        // Accents go: "niña" and "nina", "años" and "anos", "está" and "esta" are written both ways.
        String decomposed = Normalizer.normalize(sb, Normalizer.Form.NFD);
        StringBuilder plain = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    /** "u n d e r a g e" -> "underage": spacing letters out is a classic way around filters. */
    private static List<String> joinSpacedLetters(List<String> tokens) {
        List<String> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            int j = i;
            while (j < tokens.size() && tokens.get(j).length() == 1 && Character.isLetter(tokens.get(j).charAt(0))) {
                j++;
            }
            boolean ageUnit = j - i == 2 && tokens.get(i).equals("y") && tokens.get(i + 1).equals("o") && i > 0
                    && isDigits(tokens.get(i - 1));
            if (j - i >= 3 || ageUnit) {
                if (out == null) {
                    out = new ArrayList<>(tokens.subList(0, i));
                }
                StringBuilder joined = new StringBuilder();
                for (int k = i; k < j; k++) {
                    joined.append(tokens.get(k));
                }
                out.add(joined.toString());
                i = j - 1;
            } else if (out != null) {
                out.add(tokens.get(i));
            }
        }
        return out == null ? tokens : out;
    }

    private static void addToken(String token, List<String> out) {
        String spelled = SmsLexicon.SPELLINGS.get(token);
        if (spelled != null) {
            addWords(spelled, out);
            return;
        }
        boolean letters = false;
        boolean digits = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isDigit(c)) {
                digits = true;
            } else if (Character.isLetter(c)) {
                letters = true;
            }
        }
        if (!letters) {
            out.add(token);
            return;
        }
        if (!digits) {
            addWord(collapseRuns(token), out);
            return;
        }
        int firstLetter = 0;
        while (firstLetter < token.length() && Character.isDigit(token.charAt(firstLetter))) {
            firstLetter++;
        }
        if (firstLetter > 0 && isLetters(token.substring(firstLetter))
                && NUMBER_SUFFIXES.contains(token.substring(firstLetter))) {
            out.add(token.substring(0, firstLetter));
            addToken(token.substring(firstLetter), out);
            return;
        }
        int firstDigit = 0;
        while (firstDigit < token.length() && Character.isLetter(token.charAt(firstDigit))) {
            firstDigit++;
        }
        if (firstDigit > 0 && isDigits(token.substring(firstDigit))
                && NUMBER_PREFIXES.contains(token.substring(0, firstDigit))) {
            addToken(token.substring(0, firstDigit), out);
            out.add(token.substring(firstDigit));
            return;
        }
        String word = collapseRuns(unLeet(token));
        Integer number = SmsLexicon.NUMBER_WORDS.get(word);
        if (number != null) {
            out.add(Integer.toString(number));
        } else {
            addWord(word, out);
        }
    }

    /** Leetspeak: digits standing for letters inside a word ("t33n", "h3y", "m1nor"). */
    private static String unLeet(String token) {
        StringBuilder sb = null;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            Character letter = SmsLexicon.LEET.get(c);
            if (letter != null && sb == null) {
                sb = new StringBuilder(token.length()).append(token, 0, i);
            }
            if (sb != null) {
                sb.append(letter == null ? c : letter.charValue());
            }
        }
        return sb == null ? token : sb.toString();
    }

    private static void addWord(String word, List<String> out) {
        String spelled = SmsLexicon.SPELLINGS.get(word);
        if (spelled != null) {
            addWords(spelled, out);
        } else {
            out.add(word);
        }
    }

    private static void addWords(String words, List<String> out) {
        int start = 0;
        for (int i = 0; i <= words.length(); i++) {
            if (i == words.length() || words.charAt(i) == ' ') {
                out.add(words.substring(start, i));
                start = i + 1;
            }
        }
    }

    /** "15 y o" / "15 yrs old" / "15 year old" -> "15 yearsold"; "15 years" alone stays (it is often a duration). */
    private static List<String> canonicalAges(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            out.add(token);
            if (!isDigits(token) || i + 1 >= tokens.size()) {
                continue;
            }
            String next = tokens.get(i + 1);
            boolean ageFollows = AGE_SUFFIXES.contains(next) || next.equals("y")
                    || YEAR_WORDS.contains(next) && i + 2 < tokens.size() && tokens.get(i + 2).startsWith("old");
            if (ageFollows && token.length() == 1 && out.size() >= 2 && out.get(out.size() - 2).equals("1")) {
                // "1 5 yo": digits spaced out like letters, to slip past filters.
                out.remove(out.size() - 1);
                out.set(out.size() - 1, "1" + token);
            }
            if (AGE_SUFFIXES.contains(next)) {
                out.add("yearsold");
                i++;
            } else if (YEAR_WORDS.contains(next) && i + 2 < tokens.size() && (tokens.get(i + 2).equals("old") || tokens.get(i + 2).equals("olds"))) {
                out.add("yearsold");
                i += 2;
            } else if (next.equals("y") && i + 2 < tokens.size()
                    && (tokens.get(i + 2).equals("o") || tokens.get(i + 2).equals("0"))) {
                out.add("yearsold");
                i += 2;
            }
        }
        return out;
    }

    /** Runs of three or more of a letter: to one letter, or to two where that makes the word ("teeeen"). */
    static String collapseRuns(String word) {
        boolean hasRun = false;
        for (int i = 2; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c) && c == word.charAt(i - 1) && c == word.charAt(i - 2)) {
                hasRun = true;
                break;
            }
        }
        if (!hasRun) {
            return word;
        }
        StringBuilder one = new StringBuilder(word.length());
        StringBuilder two = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); ) {
            char c = word.charAt(i);
            int j = i;
            while (j < word.length() && word.charAt(j) == c) {
                j++;
            }
            int run = j - i;
            if (run >= 3 && Character.isLetter(c)) {
                one.append(c);
                two.append(c).append(c);
            } else {
                for (int k = 0; k < run; k++) {
                    one.append(c);
                    two.append(c);
                }
            }
            i = j;
        }
        String doubled = two.toString();
        return SmsLexicon.DOUBLE_LETTER_WORDS.contains(doubled) || SmsLexicon.SPELLINGS.containsKey(doubled)
                ? doubled : one.toString();
    }

    private static boolean isLetters(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isLetter);
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }
}
