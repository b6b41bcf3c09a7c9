package org.intercede.outreach.ads;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads an ads file, JSON lines or CSV (by the {@code .csv} extension; a header row names the fields), and
 * hands each record on with its line number, or the reason it cannot be read.
 */
public final class AdFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AdFile() {
    }

    /** Calls {@code onAd} for every readable record and {@code onError} (line, reason) for every other. */
    public static void read(Path file, BiConsumer<Integer, Ad> onAd, BiConsumer<Integer, String> onError) throws IOException {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            readCsv(file, onAd, onError);
        } else {
            readJsonLines(file, onAd, onError);
        }
    }

    private static void readJsonLines(Path file, BiConsumer<Integer, Ad> onAd, BiConsumer<Integer, String> onError) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> record;
                try {
                    record = JSON.readValue(line, JSON.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
                } catch (IOException e) {
                    onError.accept(number, "not a JSON object");
                    continue;
                }
                accept(number, record, onAd, onError);
            }
        }
    }

    private static void readCsv(Path file, BiConsumer<Integer, Ad> onAd, BiConsumer<Integer, String> onError) throws IOException {
        CsvMapper csv = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            while (true) {
                int line;
                Map<String, String> row;
                try {
                    if (!rows.hasNextValue()) {
                        break;
                    }
                    row = rows.nextValue();
                    line = rows.getCurrentLocation().getLineNr() - 1;
                } catch (IOException | RuntimeException e) {
                    onError.accept(rows.getCurrentLocation().getLineNr(), "not a CSV row matching the header");
                    continue;
                }
                accept(line, row, onAd, onError);
            }
        }
    }

    private static void accept(int line, Map<String, ?> record, BiConsumer<Integer, Ad> onAd, BiConsumer<Integer, String> onError) {
        Ad ad;
        try {
            ad = AdReader.read(record);
        } catch (IllegalArgumentException e) {
            onError.accept(line, e.getMessage());
            return;
        }
        onAd.accept(line, ad);
    }
}
