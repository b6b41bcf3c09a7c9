package org.intercede.nlp.eval;

/** One evaluated text: gold and predicted label (and underage flag for buyer texts), for {@code --errors}. */
public record Prediction(String text, String gold, String predicted, boolean goldUnderage,
                         boolean predictedUnderage, String detail) {

    public boolean labelWrong() {
        return gold != null && !gold.equals(predicted);
    }

    public boolean underageWrong() {
        return goldUnderage != predictedUnderage;
    }
}
