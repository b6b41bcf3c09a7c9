package org.intercede.nlp.model;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.util.ext.ExtensionLoader;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The three models, trained from the shipped corpora at build time ({@link ModelBuilder}, run by Maven in
 * the process-classes phase) into {@code org/intercede/nlp/models/*.bin}, so that commands start by
 * loading them instead of training. A build that skipped that step (an IDE compiling alone) still works:
 * a missing model is trained from the corpus on first use.
 */
public final class ShippedModels {
    public static final String INTENTS = "buyer-intents";
    public static final String UNDERAGE = "underage";
    public static final String TRIAGE = "triage";
    private static final String DIRECTORY = "/org/intercede/nlp/models/";

    static {
        // OpenNLP re-creates our feature generator by class name and, since 2.5, only from allowed packages.
        ExtensionLoader.registerAllowedPackage("org.intercede.nlp.model");
    }

    private ShippedModels() {
    }

    public static DocumentCategorizerME load(String name) {
        try (InputStream in = ShippedModels.class.getResourceAsStream(DIRECTORY + name + ".bin")) {
            if (in == null) {
                return new DocumentCategorizerME(train(name));
            }
            return new DocumentCategorizerME(new DoccatModel(new BufferedInputStream(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped model " + name, e);
        }
    }

    static DoccatModel train(String name) {
        return switch (name) {
            case INTENTS -> CategorizerTrainer.trainModel(buyer(), LabelledText::label);
            case UNDERAGE -> CategorizerTrainer.trainModel(underageExamples(buyer(),
                    Corpus.resource(Corpus.UNDERAGE, Corpus.Shape.UNDERAGE)), UNDERAGE_LABEL);
            case TRIAGE -> CategorizerTrainer.trainModel(Corpus.resource(Corpus.TRIAGE, Corpus.Shape.TRIAGE),
                    LabelledText::label);
            default -> throw new IllegalArgumentException("no model named " + name);
        };
    }

    /** The underage model's label of an example: "1" for interest in a minor, else "0". */
    public static final Function<LabelledText, String> UNDERAGE_LABEL = e -> e.underage() ? "1" : "0";

    /** The underage model learns from both corpora: the underage one and the underage flags of buyer intents. */
    public static List<LabelledText> underageExamples(List<LabelledText> buyer, List<LabelledText> underage) {
        List<LabelledText> both = new java.util.ArrayList<>(underage);
        both.addAll(buyer);
        return both;
    }

    private static List<LabelledText> buyer() {
        return Corpus.resource(Corpus.BUYER, Corpus.Shape.BUYER);
    }

    static void write(String name, Path directory) throws IOException {
        Files.createDirectories(directory);
        try (OutputStream out = Files.newOutputStream(directory.resolve(name + ".bin"))) {
            train(name).serialize(out);
        }
    }
}
