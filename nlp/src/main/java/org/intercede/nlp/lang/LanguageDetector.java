package org.intercede.nlp.lang;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;

/**
 * The language of a short text as an ISO 639-1 code ("en", "es"), so replies and catalog choices follow
 * the sender. OpenNLP's langdetect model (103 languages, character n-grams) is reliable on sentences but
 * not on SMS fragments ("ok", "hhr?", "stop"), so: a text too short, or one where the model's first
 * language does not clearly lead the second ({@link #MIN_LEAD}), is decided by counting common English and
 * Spanish words instead, and when that is a tie too, the answer is "en", the language of the project's
 * default catalog.
 */
public final class LanguageDetector {
    static final int MIN_LETTERS = 12;
    /** How many times likelier than the runner-up the model's first language must be to be believed. */
    static final double MIN_LEAD = 1.25;
    /** Other languages than English and Spanish need a longer text and a clearer lead: SMS slang fools the model. */
    static final double MIN_LEAD_OTHER = 1.4;
    static final int MIN_LETTERS_OTHER = 20;
    private static final String MODEL = "/langdetect-183.bin";

    private static final Set<String> SPANISH = Set.of("que", "de", "la", "el", "en", "y", "los", "las", "por",
            "para", "con", "no", "una", "un", "es", "estas", "esta", "eres", "tienes", "hola", "donde", "cuanto",
            "como", "quien", "mi", "tu", "me", "te", "se", "lo", "gracias", "favor", "ya", "si", "pero", "ayuda",
            "quiero", "necesito", "puedo", "hoy", "noche", "manana", "ahora", "bien", "mas", "numero", "mensajes",
            "ella", "nada", "estoy", "soy", "tengo", "vas", "vamos", "cuando", "hora", "dinero", "casa", "bueno",
            "q", "tal", "mami", "papi", "bebe", "amor", "guapa", "linda", "porfa", "xfa", "cuanta", "dime", "oye");
    private static final Set<String> ENGLISH = Set.of("the", "you", "are", "is", "to", "and", "what", "how", "where",
            "who", "my", "me", "i", "it", "this", "that", "for", "of", "in", "on", "your", "do", "not", "can", "need",
            "want", "help", "please", "thanks", "hi", "hey", "hello", "much", "free", "now", "tonight", "stop",
            "text", "with", "have", "am", "be", "will", "today", "yes", "ok", "here", "there", "when", "why");

    private final LanguageDetectorME model;

    public static LanguageDetector load() {
        try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("missing " + MODEL + " (opennlp-models-langdetect on the classpath)");
            }
            return new LanguageDetector(new LanguageDetectorME(new LanguageDetectorModel(in)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LanguageDetector(LanguageDetectorME model) {
        this.model = model;
    }

    public String languageOf(String text) {
        if (text == null || text.isBlank()) {
            return "en";
        }
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        if (letters >= MIN_LETTERS) {
            // Over 103 languages every probability is small; what tells is how far the first leads the second.
            Language[] ranked = model.predictLanguages(text);
            double lead = ranked.length > 1 && ranked[1].getConfidence() > 0
                    ? ranked[0].getConfidence() / ranked[1].getConfidence() : Double.MAX_VALUE;
            String code = toIso6391(ranked[0].getLang());
            if (code != null && lead >= MIN_LEAD && (code.equals("en") || code.equals("es"))) {
                return code;
            }
            if (code != null && lead >= MIN_LEAD_OTHER && letters >= MIN_LETTERS_OTHER) {
                return code;
            }
        }
        return byCommonWords(text);
    }

    private static String byCommonWords(String raw) {
        int spanish = 0;
        int english = 0;
        // Raw words, not normalised ones: the normaliser expands English SMS spellings ("q" -> "que" is
        // Spanish, "u" -> "you" is English), which would tilt short texts.
        for (String word : raw.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (SPANISH.contains(word)) {
                spanish++;
            }
            if (ENGLISH.contains(word)) {
                english++;
            }
        }
        if (raw.indexOf('¿') >= 0 || raw.indexOf('¡') >= 0 || raw.indexOf('ñ') >= 0) {
            spanish += 2;
        }
        return spanish > english ? "es" : "en";
    }

    /** "eng" -> "en", "spa" -> "es"; null when the model's code has no two-letter form. */
    static String toIso6391(String iso6393) {
        if (iso6393 == null) {
            return null;
        }
        if (iso6393.length() == 2) {
            return iso6393;
        }
        return ISO3_TO_ISO1.get(iso6393);
    }

    private static final java.util.Map<String, String> ISO3_TO_ISO1 = buildMap();

    private static java.util.Map<String, String> buildMap() {
        java.util.Map<String, String> map = new java.util.HashMap<>();
        for (String iso1 : Locale.getISOLanguages()) {
            try {
                map.put(new Locale(iso1).getISO3Language(), iso1);
            } catch (java.util.MissingResourceException ignored) {
                // a language without a three-letter code cannot be a model answer
            }
        }
        // OpenNLP uses a few macro-language codes Locale does not list under them.
        map.put("cmn", "zh");
        map.put("zsm", "ms");
        map.put("pes", "fa");
        map.put("arb", "ar");
        return java.util.Map.copyOf(map);
    }
}
