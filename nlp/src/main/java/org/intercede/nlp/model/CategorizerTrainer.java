package org.intercede.nlp.model;

import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.ext.ExtensionLoader;
import org.intercede.nlp.text.TextNormalizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Trains OpenNLP maximum-entropy {@link DocumentCategorizerME} models on normalised text, in memory.
 * The trainer is L-BFGS (OpenNLP's MAXENT_QN) with an L2 penalty: on our corpora it cross-validates about
 * seven points above plain GIS, which over-fits a hundred examples per label. Deterministic: no step of
 * it draws a random number, it runs on one thread, and samples are fed in corpus order, so the same corpus
 * always gives the same model (a test holds this). Cutoff 1: the corpora are small, and OpenNLP's default
 * of 5 would drop most words.
 */
public final class CategorizerTrainer {
    static final int ITERATIONS = 100;
    static final double L2_COST = 1.0;

    static {
        // OpenNLP re-creates feature generators by class name and, since 2.5, only from allowed packages.
        ExtensionLoader.registerAllowedPackage("org.intercede.nlp.model");
    }

    private CategorizerTrainer() {
    }

    public static DocumentCategorizerME train(List<LabelledText> examples, Function<LabelledText, String> label) {
        return new DocumentCategorizerME(trainModel(examples, label));
    }

    public static DoccatModel trainModel(List<LabelledText> examples, Function<LabelledText, String> label) {
        TextNormalizer normalizer = TextNormalizer.instance();
        List<DocumentSample> samples = new ArrayList<>(examples.size());
        for (LabelledText example : examples) {
            samples.add(new DocumentSample(label.apply(example), normalizer.normalize(example.text()).tokens()));
        }
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        parameters.put("L2Cost", L2_COST);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        // In memory: the default two-pass indexer writes the events to a temporary file.
        parameters.put("DataIndexer", "OnePass");
        try {
            return DocumentCategorizerME.train("und", new CollectionObjectStream<>(samples), parameters,
                    new DoccatFactory(new FeatureGenerator[]{new MessageFeatureGenerator()}));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
