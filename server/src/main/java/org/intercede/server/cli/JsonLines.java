package org.intercede.server.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;

/**
 * The loop of the batch commands (CONTRACTS.md): UTF-8 lines in, one JSON object per line out, in order,
 * an empty input line included. Output is escaped to ASCII ({@code \u00f1}), so it stays valid UTF-8 JSON
 * whatever encoding the terminal or JVM picks for standard output.
 */
final class JsonLines {
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);

    private JsonLines() {
    }

    /** Applies {@code toJson} to every line; the map's insertion order is the field order. */
    static void each(InputStream in, PrintWriter out, Function<String, Map<String, Object>> toJson) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        boolean first = true;
        while ((line = reader.readLine()) != null) {
            if (first && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            first = false;
            out.println(JSON.writeValueAsString(toJson.apply(line)));
        }
        out.flush();
    }
}
