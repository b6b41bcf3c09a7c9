package org.intercede.nlp.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the labelled TSV files: the shipped training corpora and files given to {@code nlu eval}. Three
 * shapes: {@code intent<TAB>underage<TAB>text}, {@code underage<TAB>text}, {@code label<TAB>text}. Lines
 * starting with {@code #} and blank lines are skipped. A bad line stops the read with a message naming
 * the line and what is wrong with it.
 */
public final class Corpus {
    public static final String BUYER = "/org/intercede/nlp/corpus/buyer_intents.tsv";
    public static final String UNDERAGE = "/org/intercede/nlp/corpus/underage.tsv";
    public static final String TRIAGE = "/org/intercede/nlp/corpus/triage.tsv";

    public static final List<String> INTENTS = List.of("greeting", "availability", "price", "services", "location",
            "meetup", "age", "photos", "safety_check", "other");
    public static final List<String> TRIAGE_LABELS = List.of("opt_out", "crisis", "help_request", "question",
            "hostile", "other");

    public enum Shape { BUYER, UNDERAGE, TRIAGE }

    /** A line that cannot be read: {@code source:line: what is wrong}. */
    public static final class FormatException extends RuntimeException {
        public FormatException(String message) {
            super(message);
        }
    }

    private Corpus() {
    }

    public static List<LabelledText> resource(String path, Shape shape) {
        InputStream in = Corpus.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing resource " + path);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return read(reader, path, shape);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<LabelledText> file(Path file, Shape shape) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString(), shape);
        }
    }

    public static List<LabelledText> read(BufferedReader reader, String source, Shape shape) throws IOException {
        List<LabelledText> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rows.add(parse(line, shape, source, number));
        }
        return rows;
    }

    private static LabelledText parse(String line, Shape shape, String source, int number) {
        String[] cells = line.split("\t", -1);
        String where = source + ":" + number + ": ";
        switch (shape) {
            case BUYER -> {
                if (cells.length != 3) {
                    throw new FormatException(where + "expected intent<TAB>underage<TAB>text, found "
                            + cells.length + " tab-separated field(s)");
                }
                String intent = cells[0].trim();
                if (!INTENTS.contains(intent)) {
                    throw new FormatException(where + "unknown intent '" + intent + "'; one of " + INTENTS);
                }
                return new LabelledText(intent, flag(cells[1], where), text(cells[2], where), number);
            }
            case UNDERAGE -> {
                if (cells.length != 2) {
                    throw new FormatException(where + "expected underage<TAB>text, found " + cells.length
                            + " tab-separated field(s)");
                }
                return new LabelledText(null, flag(cells[0], where), text(cells[1], where), number);
            }
            default -> {
                if (cells.length != 2) {
                    throw new FormatException(where + "expected label<TAB>text, found " + cells.length
                            + " tab-separated field(s)");
                }
                String label = cells[0].trim();
                if (!TRIAGE_LABELS.contains(label)) {
                    throw new FormatException(where + "unknown label '" + label + "'; one of " + TRIAGE_LABELS);
                }
                return new LabelledText(label, false, text(cells[1], where), number);
            }
        }
    }

    private static final Set<String> TRUE = Set.of("1", "true", "yes");
    private static final Set<String> FALSE = Set.of("0", "false", "no");

    private static boolean flag(String cell, String where) {
        String value = cell.trim().toLowerCase(java.util.Locale.ROOT);
        if (TRUE.contains(value)) {
            return true;
        }
        if (FALSE.contains(value)) {
            return false;
        }
        throw new FormatException(where + "underage must be 0 or 1 (or true/false), found '" + cell + "'");
    }

    private static String text(String cell, String where) {
        if (cell.isBlank()) {
            throw new FormatException(where + "the text is empty");
        }
        return cell;
    }
}
