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
 * Trains an OpenNLP maxent {@link DocumentCategorizerME} on normalised text, in memory, at startup.
 * Deterministic: GIS on one thread with a fixed iteration count has no randomness, and samples are fed in
 * corpus order, so the same corpus always gives the same model (a test holds this). Cutoff 1: the
 * corpora are small, and OpenNLP's default of 5 would drop most words.
 */
public final class CategorizerTrainer {
    public static final int ITERATIONS = 150;

    static {
        // OpenNLP re-creates feature generators by class name and, since 2.5, only from allowed packages.
        ExtensionLoader.registerAllowedPackage("org.intercede.nlp.model");
    }

    private CategorizerTrainer() {
    }

    public static DocumentCategorizerME train(List<LabelledText> examples, Function<LabelledText, String> label) {
        TextNormalizer normalizer = TextNormalizer.instance();
        List<DocumentSample> samples = new ArrayList<>(examples.size());
        for (LabelledText example : examples) {
            samples.add(new DocumentSample(label.apply(example), normalizer.normalize(example.text()).tokens()));
        }
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, System.getProperty("alg","MAXENT_QN"));
        parameters.put("L2Cost", Double.parseDouble(System.getProperty("l2", "1.0")));
        if (System.getProperty("l1") != null) parameters.put("L1Cost", Double.parseDouble(System.getProperty("l1")));
        parameters.put(TrainingParameters.ITERATIONS_PARAM, Integer.getInteger("it", ITERATIONS));
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        parameters.put("PrintMessages", false);
        try {
            DoccatModel model = DocumentCategorizerME.train("und", new CollectionObjectStream<>(samples), parameters,
                    new DoccatFactory(new FeatureGenerator[]{new MessageFeatureGenerator()}));
            return new DocumentCategorizerME(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
