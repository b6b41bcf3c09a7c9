package org.intercede.outreach.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a normalised, noise-masked ad into runs: sequences of {@link DigitGroup}s that may together be one or
 * more phone numbers. Any separator may sit between the groups of a run (spaces, line breaks, {@code * _ | · /
 * . -}, emoji, "dot"); a word that is not a number ends the run, and so does masked noise.
 *
 * <p>A word is read whole when all of it is number: digits, number words, and look-alike letters when it holds
 * a real digit ("2O6", "three8one", "six1seven"). A word of look-alike letters only ("SZB", "OOOO") counts only next
 * to a numeric word (or a chain of such words next to one), so "BOSS" or "SOLO" in prose stays a word. In any other word with digits
 * ("LaylaBaby2137825509Latina", "t3xt"), the digit runs are groups and the letters end runs, with look-alikes
 * read as digits only strictly between two digits.
 */
final class DigitRuns {
    /** Letters, a run of seven digits or more, letters. */
    private static final Pattern GLUED = Pattern.compile("(\\p{L}+)?(\\d{7,})(\\p{L}+)?");
    private static final Set<String> SPOKEN_SEPARATORS = Set.of("dot", "dash", "hyphen", "slash", "space", "et", "y");

    /** A word, before its neighbours are known. */
    private record Atom(Kind kind, int[] pieces, int lookAlikes, boolean plus, String separator, boolean soft) {
    }

    private enum Kind { NUMBER, LOOK_ALIKES, BREAK }

    private static final Atom BREAK = new Atom(Kind.BREAK, null, 0, false, "", false);

    private DigitRuns() {
    }

    /** Runs with at least {@code minDigits} digits in all; shorter ones cannot hold a number. */
    static List<List<DigitGroup>> of(char[] text, int minDigits) {
        List<Atom> atoms = atoms(text);
        settleLookAlikes(atoms);
        List<List<DigitGroup>> runs = new ArrayList<>();
        List<Atom> current = new ArrayList<>();
        for (Atom atom : atoms) {
            if (atom.kind == Kind.BREAK) {
                flush(current, runs, minDigits);
            } else {
                current.add(atom);
            }
        }
        flush(current, runs, minDigits);
        return runs;
    }

    /**
     * A word of look-alike letters only is a number when it touches a numeric word, directly or through other
     * such words ("B.S.8.9.9..."), else a plain word. Two sweeps carry the touch along a chain both ways.
     */
    private static void settleLookAlikes(List<Atom> atoms) {
        boolean any = false;
        for (Atom atom : atoms) {
            any |= atom.kind == Kind.LOOK_ALIKES;
        }
        if (!any) {
            return;
        }
        int n = atoms.size();
        boolean[] number = new boolean[n];
        for (int i = 0; i < n; i++) {
            number[i] = atoms.get(i).kind == Kind.NUMBER
                    || atoms.get(i).kind == Kind.LOOK_ALIKES && i > 0 && number[i - 1];
        }
        for (int i = n - 1; i >= 0; i--) {
            number[i] |= atoms.get(i).kind == Kind.LOOK_ALIKES && i + 1 < n && number[i + 1];
        }
        for (int i = 0; i < n; i++) {
            Atom atom = atoms.get(i);
            if (atom.kind == Kind.LOOK_ALIKES) {
                atoms.set(i, number[i] ? new Atom(Kind.NUMBER, atom.pieces, atom.lookAlikes, atom.plus, atom.separator, true) : BREAK);
            }
        }
    }

    private static void flush(List<Atom> atoms, List<List<DigitGroup>> runs, int minDigits) {
        if (atoms.isEmpty()) {
            return;
        }
        List<DigitGroup> groups = groups(atoms);
        int digits = 0;
        for (DigitGroup g : groups) {
            digits += g.digits().length();
        }
        if (digits >= minDigits) {
            runs.add(groups);
        }
        atoms.clear();
    }

    /** Each atom's pieces become its group's digits; a group that gives all its digits to another is dropped. */
    private static List<DigitGroup> groups(List<Atom> atoms) {
        List<int[]> pieces = new ArrayList<>(atoms.size());
        for (Atom atom : atoms) {
            pieces.add(atom.pieces);
        }
        List<StringBuilder> digits = SpokenDigits.read(pieces);
        List<DigitGroup> groups = new ArrayList<>(atoms.size());
        for (int i = 0; i < atoms.size(); i++) {
            if (!digits.get(i).isEmpty()) {
                Atom atom = atoms.get(i);
                groups.add(new DigitGroup(digits.get(i).toString(), atom.lookAlikes, atom.plus, atom.separator, atom.soft));
            }
        }
        return groups;
    }

    private static List<Atom> atoms(char[] text) {
        List<Atom> atoms = new ArrayList<>();
        int n = text.length;
        int i = 0;
        int separatorStart = 0;
        boolean plus = false;
        while (i < n) {
            char c = text[i];
            if (c == NoiseMasker.BREAK) {
                addBreak(atoms);
                plus = false;
                i++;
                separatorStart = i;
            } else if (isWordChar(text, i)) {
                int end = i + 1;
                while (end < n && isWordChar(text, end)) {
                    end++;
                }
                int before = atoms.size();
                String separator = new String(text, separatorStart, i - separatorStart);
                if (pipeSeparates(text, i, end)) {
                    for (int from = i, to; from < end; from = to + 1) {
                        to = from;
                        while (to < end && text[to] != '|') {
                            to++;
                        }
                        word(text, from, to, plus && from == i, from == i ? separator : "|", atoms);
                    }
                } else {
                    word(text, i, end, plus, separator, atoms);
                }
                plus = false;
                i = end;
                if (atoms.size() > before) {
                    separatorStart = i;
                }
            } else {
                if (c == '+') {
                    plus = true;
                } else if (!Character.isWhitespace(c)) {
                    plus = false;
                }
                i++;
            }
        }
        return atoms;
    }

    /**
     * Letters and digits; '|' only between two of them ("3|2" is 312, "312 | 845" separates groups); an
     * apostrophe between letters, so "won't" and "I'm" stay words and are not read as 1.
     */
    private static boolean isWordChar(char[] text, int i) {
        char c = text[i];
        if (c == '|') {
            return i > 0 && i + 1 < text.length && Character.isLetterOrDigit(text[i - 1])
                    && Character.isLetterOrDigit(text[i + 1]);
        }
        if (c == '\'' || c == '\u2019') {
            return i > 0 && i + 1 < text.length && Character.isLetter(text[i - 1]) && Character.isLetter(text[i + 1]);
        }
        return Character.isLetterOrDigit(c);
    }

    /**
     * Whether the pipes in word [start, end) separate groups rather than stand for 1: they do when there are
     * several ("06|87|09|13|95") or when one sits between blocks of three or more ("858|9657079"); a single
     * pipe between short pieces is a 1 ("3|2").
     */
    private static boolean pipeSeparates(char[] text, int start, int end) {
        int pipes = 0;
        int longest = 0;
        int piece = 0;
        for (int k = start; k < end; k++) {
            if (text[k] == '|') {
                pipes++;
                piece = 0;
            } else {
                longest = Math.max(longest, ++piece);
            }
        }
        return pipes >= 2 || pipes == 1 && longest >= 3;
    }

    private static void addBreak(List<Atom> atoms) {
        if (atoms.isEmpty() || atoms.get(atoms.size() - 1).kind != Kind.BREAK) {
            atoms.add(BREAK);
        }
    }

    private static void word(char[] text, int start, int end, boolean plus, String separator, List<Atom> atoms) {
        String word = new String(text, start, end - start);
        boolean hasDigit = false;
        boolean allLookAlikes = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            hasDigit |= c >= '0' && c <= '9';
            allLookAlikes &= LookAlikes.digitOf(c) >= 0;
        }
        if (!hasDigit && SPOKEN_SEPARATORS.contains(word.toLowerCase(Locale.ROOT))) {
            return;
        }
        int[] pieces = NumberWords.segment(word, hasDigit);
        Matcher glued = hasDigit && pieces != null ? GLUED.matcher(word) : null;
        if (glued != null && glued.matches() && (isWord(glued.group(1)) || isWord(glued.group(3)))) {
            // "2063814422for", "for2063814422": a whole number glued to a number word; the word is its own
            // (soft) group, so the number can be read without it.
            int at = glued.start(2);
            if (glued.group(1) != null) {
                word(text, start, start + at, plus, separator, atoms);
            }
            word(text, start + at, start + glued.end(2), plus && glued.group(1) == null, glued.group(1) == null ? separator : "", atoms);
            if (glued.group(3) != null) {
                word(text, start + glued.end(2), end, false, "", atoms);
            }
        } else if (pieces != null) {
            // A lone number word ("for", "to", "won") is as likely prose as a digit: a soft neighbour.
            atoms.add(new Atom(Kind.NUMBER, pieces, hasDigit ? countLookAlikes(word) : 0, plus, separator,
                    !hasDigit && pieces.length == 1));
        } else if (allLookAlikes) {
            int[] digits = new int[word.length()];
            for (int i = 0; i < digits.length; i++) {
                digits[i] = LookAlikes.digitOf(word.charAt(i));
            }
            atoms.add(new Atom(Kind.LOOK_ALIKES, digits, digits.length, plus, separator, true));
        } else if (hasDigit) {
            mixedWord(word, plus, separator, atoms);
        } else {
            addBreak(atoms);
        }
    }

    /**
     * "KIKIxoxo7024396627xoxo": the digit runs count, the letters around them end runs, except a single letter
     * between two digit runs, which separates them like a dash.
     */
    private static void mixedWord(String word, boolean plus, String separator, List<Atom> atoms) {
        int n = word.length();
        int i = 0;
        while (i < n) {
            if (!isDigit(word.charAt(i))) {
                int letters = i;
                while (i < n && !isDigit(word.charAt(i))) {
                    i++;
                }
                // One letter between digits separates groups ("206x381x4422"); a longer one is a unit or a
                // word ("2hrs450", "5ft2") and ends the run.
                if (letters == 0 || i == n || i - letters > 1) {
                    addBreak(atoms);
                }
                continue;
            }
            // A run of digits, taking look-alike letters only when a digit follows them.
            List<Integer> digits = new ArrayList<>();
            int lookAlikes = 0;
            int end = i;
            while (end < n) {
                char c = word.charAt(end);
                if (isDigit(c)) {
                    digits.add(c - '0');
                    end++;
                } else {
                    int look = end;
                    while (look < n && LookAlikes.digitOf(word.charAt(look)) >= 0) {
                        look++;
                    }
                    if (look > end && look < n && isDigit(word.charAt(look))) {
                        for (int k = end; k < look; k++) {
                            digits.add(LookAlikes.digitOf(word.charAt(k)));
                        }
                        lookAlikes += look - end;
                        end = look;
                    } else {
                        break;
                    }
                }
            }
            int[] pieces = digits.stream().mapToInt(Integer::intValue).toArray();
            atoms.add(new Atom(Kind.NUMBER, pieces, lookAlikes, plus && i == 0, i == 0 ? separator : "", false));
            i = end;
        }
    }

    /** Letters that are not all look-alikes: "for" is a word, "Zl" in "Zl55753415" is digits. */
    private static boolean isWord(String letters) {
        if (letters == null) {
            return false;
        }
        for (int i = 0; i < letters.length(); i++) {
            if (LookAlikes.digitOf(letters.charAt(i)) < 0) {
                return true;
            }
        }
        return false;
    }

    private static int countLookAlikes(String word) {
        int count = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!isDigit(c) && LookAlikes.digitOf(c) >= 0) {
                count++;
            }
        }
        return count;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
