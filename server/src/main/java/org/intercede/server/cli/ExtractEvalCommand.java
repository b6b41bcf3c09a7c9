package org.intercede.server.cli;

import org.intercede.outreach.extract.ExtractionScore;
import org.intercede.outreach.extract.LabelledAd;
import org.intercede.outreach.extract.LabelledAds;
import org.intercede.outreach.extract.LibphonenumberFinder;
import org.intercede.outreach.extract.PhoneExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Precision, recall and F1 over numbers (micro) and the share of ads whose numbers are exactly",
                "right, for our extractor and for libphonenumber's findNumbers (Leniency.VALID) side by side, on a",
                "labelled JSONL file: {\"id\", \"region\", \"text\", \"expected\": [E.164...], \"note\"} per line."})
public class ExtractEvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--errors", description = "List every ad where our extractor missed or added a number.")
    boolean errors;

    @Option(names = "--region", paramLabel = "CC", defaultValue = "US",
            description = "Region for ads without one (default US).")
    String region;

    @Parameters(paramLabel = "FILE", description = "A labelled JSONL file.")
    Path file;

    @Override
    public Integer call() throws IOException {
        if (!PhoneExtractor.isKnownRegion(region)) {
            throw new UsageError("--region '" + region + "' is not a region libphonenumber knows (try US, GB, FR)");
        }
        List<LabelledAd> ads = read(file);
        PhoneExtractor ours = new PhoneExtractor();
        LibphonenumberFinder theirs = new LibphonenumberFinder();
        ExtractionScore our = ExtractionScore.of(ads, region, ours::extract);
        ExtractionScore their = ExtractionScore.of(ads, region, theirs::find);

        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%d ads, %d labelled numbers%n", ads.size(), our.truePositives() + our.falseNegatives());
        out.printf(Locale.ROOT, "%-28s %9s %7s %7s %11s %5s %5s %5s%n", "", "precision", "recall", "F1", "exact ads",
                "tp", "fp", "fn");
        row(out, "intercede PhoneExtractor", our);
        row(out, "libphonenumber findNumbers", their);
        if (errors) {
            out.println();
            out.printf("errors (%d ads)%n", our.misses().size());
            for (ExtractionScore.Miss miss : our.misses()) {
                LabelledAd ad = miss.ad();
                out.printf("%s: missed %s, extra %s: %s%n", ad.id() == null ? "(no id)" : ad.id(), miss.missed(), miss.extra(),
                        ad.text().replace("\n", "\\n"));
            }
        }
        out.flush();
        return 0;
    }

    private static void row(PrintWriter out, String name, ExtractionScore s) {
        out.printf(Locale.ROOT, "%-28s %9.4f %7.4f %7.4f %11.4f %5d %5d %5d%n", name, s.precision(), s.recall(), s.f1(),
                s.exactMatchRate(), s.truePositives(), s.falsePositives(), s.falseNegatives());
    }

    private static List<LabelledAd> read(Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new UsageError("cannot read " + path + ": no such file");
        }
        try {
            List<LabelledAd> ads = LabelledAds.read(path);
            if (ads.isEmpty()) {
                throw new UsageError(path + ": no labelled ads");
            }
            return ads;
        } catch (LabelledAds.FormatException e) {
            throw new UsageError(e.getMessage());
        }
    }
}
