package org.intercede.nlp.model;

import opennlp.tools.doccat.FeatureGenerator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Features of a normalised message for OpenNLP's maxent categorizer: word unigrams and bigrams (with the
 * message start and end, so "stop" alone differs from "stop" inside a sentence), and character 3- and
 * 4-grams of each word, which carry the meaning of misspellings the normaliser does not know ("avalable",
 * "locaton") to the words they resemble. Character n-grams of a word never change, so they are cached:
 * short messages reuse the same few thousand words, and this is most of the time the categorizer spends.
 */
public final class MessageFeatureGenerator implements FeatureGenerator {
    private static final int CACHE_LIMIT = 50_000;
    private static final Map<String, String[]> CHAR_GRAMS = new ConcurrentHashMap<>();

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>(tokens.length * 9 + 4);
        if (tokens.length == 0) {
            features.add("empty");
            return features;
        }
        String previous = "^";
        for (String token : tokens) {
            features.add("w=" + token);
            features.add("b=" + previous + '_' + token);
            String concept = ConceptLexicon.of(token);
            if (concept != null) {
                features.add(concept);
            }
            for (String gram : charGrams(token)) {
                features.add(gram);
            }
            previous = token;
        }
        features.add("b=" + previous + "_$");
        if (tokens.length <= 2) {
            // One- and two-word texts ("stop", "help", "hhr?") are their own kind of message.
            features.add("short=" + String.join("_", tokens));
        }
        return features;
    }

    static String[] charGrams(String token) {
        String[] cached = CHAR_GRAMS.get(token);
        if (cached != null) {
            return cached;
        }
        String padded = '<' + token + '>';
        List<String> grams = new ArrayList<>();
        for (int n = 3; n <= 4; n++) {
            for (int i = 0; i + n <= padded.length(); i++) {
                grams.add("c=" + padded.substring(i, i + n));
            }
        }
        String[] result = grams.toArray(new String[0]);
        if (CHAR_GRAMS.size() < CACHE_LIMIT) {
            CHAR_GRAMS.put(token, result);
        }
        return result;
    }
}
