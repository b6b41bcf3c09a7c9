package org.intercede.outreach.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads labelled ads, one JSON object per line: {@code {"id","region","text","expected":[E.164...],"note"}}
 * (the format of ../shared/dev-eval/ads.jsonl). Blank lines are skipped; anything else that is wrong stops
 * the read with the line number and what to fix.
 */
public final class LabelledAds {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A labelled file that cannot be read as such; the message names the line. */
    public static final class FormatException extends Exception {
        FormatException(String message) {
            super(message);
        }
    }

    private LabelledAds() {
    }

    public static List<LabelledAd> read(Path file) throws IOException, FormatException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<LabelledAd> ads = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    ads.add(parse(line, file + ":" + number));
                }
            }
            return ads;
        } catch (CharacterCodingException e) {
            throw new FormatException(file + ": not UTF-8 text");
        }
    }

    static LabelledAd parse(String line, String where) throws FormatException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new FormatException(where + ": not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new FormatException(where + ": expected a JSON object");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            throw new FormatException(where + ": missing \"text\" (a string)");
        }
        JsonNode expected = node.get("expected");
        if (expected == null || !expected.isArray()) {
            throw new FormatException(where + ": missing \"expected\" (an array of E.164 numbers, [] for none)");
        }
        List<String> numbers = new ArrayList<>();
        for (JsonNode n : expected) {
            if (!n.isTextual() || !n.asText().matches("\\+[1-9]\\d{6,14}")) {
                throw new FormatException(where + ": \"expected\" holds " + n + ", not an E.164 number like \"+14255550101\"");
            }
            numbers.add(n.asText());
        }
        return new LabelledAd(textOrNull(node, "id"), textOrNull(node, "region"), text.asText(), List.copyOf(numbers),
                textOrNull(node, "note"));
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
