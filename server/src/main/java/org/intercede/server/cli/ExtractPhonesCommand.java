package org.intercede.server.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.intercede.outreach.extract.PhoneExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

@Command(name = "extract-phones", mixinStandardHelpOptions = true,
        description = {"Read ads as JSON lines on standard input (UTF-8), {\"id\", \"text\", \"region\"?}, and write one",
                "JSON object per line, in order: {\"id\", \"phones\": [E.164, unique, sorted]} (CONTRACTS.md).",
                "Disguised numbers are read (spelled digits, look-alike letters, emoji keycaps, Unicode digits, any",
                "separator); prices, dates, times, measurements and ids are not numbers.",
                "A line that is not a JSON object with a string \"text\", or names an unknown region, gets",
                "{\"id\": <its id or null>, \"phones\": [], \"error\": \"...\"}; the other lines are still answered and",
                "the exit code is 2 at the end. No Redis, no network."})
public class ExtractPhonesCommand extends LineCommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--region", paramLabel = "CC", defaultValue = "US",
            description = "Region (ISO 3166, e.g. GB) for lines without one (default US).")
    String region;

    private boolean badLines;

    @Override
    public Integer call() throws Exception {
        if (!PhoneExtractor.isKnownRegion(region)) {
            throw new UsageError("--region '" + region + "' is not a region libphonenumber knows (try US, GB, FR)");
        }
        JsonLines.each(in, spec.commandLine().getOut(), reader());
        return badLines ? 2 : 0;
    }

    @Override
    Function<String, Map<String, Object>> reader() {
        PhoneExtractor extractor = new PhoneExtractor();
        return line -> {
            JsonNode ad = parse(line);
            JsonNode id = ad == null ? null : ad.get("id");
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", id == null || id.isMissingNode() ? null : id);
            String error = problem(ad);
            if (error != null) {
                badLines = true;
                json.put("phones", List.of());
                json.put("error", error);
                return json;
            }
            JsonNode adRegion = ad.get("region");
            String lineRegion = adRegion == null || adRegion.isNull() ? region : adRegion.asText();
            json.put("phones", extractor.extract(ad.get("text").asText(), lineRegion));
            return json;
        };
    }

    private static JsonNode parse(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** What is wrong with a line, or null when it can be read. */
    private static String problem(JsonNode ad) {
        if (ad == null) {
            return "not a JSON object";
        }
        JsonNode text = ad.get("text");
        if (text == null || !text.isTextual()) {
            return "missing \"text\" (a string)";
        }
        JsonNode region = ad.get("region");
        if (region != null && !region.isNull() && !(region.isTextual() && PhoneExtractor.isKnownRegion(region.asText()))) {
            return "unknown \"region\" " + region + " (an ISO 3166 code such as US, GB, FR)";
        }
        return null;
    }
}
