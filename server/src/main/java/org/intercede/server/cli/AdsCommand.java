package org.intercede.server.cli;

import io.micronaut.context.ApplicationContext;
import org.intercede.outreach.ads.AdFile;
import org.intercede.outreach.ads.AdIngest;
import org.intercede.outreach.ads.IngestResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "ads", mixinStandardHelpOptions = true, description = "Ads in: their numbers are found and indexed.",
        subcommands = {AdsCommand.Import.class, AdsCommand.ImportHtml.class, AdsCommand.Flagged.class})
public class AdsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import ads from FILE: JSON lines, or CSV (.csv) with a header row. Fields: source, url,",
                    "posted_at, title, text, city, region (ISO country). The same ad twice is one ad. A record",
                    "that cannot be read is reported with its line number and skipped; the rest goes in",
                    "(exit code 2 when any was skipped)."})
    static class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new UsageError("no such file: " + file);
            }
            int[] counts = new int[4];
            PrintWriter err = spec.commandLine().getErr();
            try (ApplicationContext context = StoreContext.open()) {
                AdIngest ingest = context.getBean(AdIngest.class);
                AdFile.read(file, (line, ad) -> {
                    IngestResult result = ingest.ingest(ad);
                    counts[result.isNew() ? 0 : 1]++;
                    counts[3] += result.isNew() ? result.phones().size() : 0;
                }, (line, reason) -> {
                    counts[2]++;
                    err.println(file.getFileName() + ": line " + line + ": " + reason + " (skipped)");
                });
            }
            spec.commandLine().getOut().printf("%d new ads, %d already known, %d skipped; %d numbers found in the new ads%n",
                    counts[0], counts[1], counts[2], counts[3]);
            return counts[2] > 0 ? 2 : 0;
        }
    }

    @Command(name = "import-html", mixinStandardHelpOptions = true,
            description = {"Import saved ad pages (*.html, *.htm) from DIR, read with a site's profile of CSS selectors",
                    "(see the built-in html-profiles.yml; --profiles FILE for your own). A page that cannot be read",
                    "is reported and skipped; the rest goes in (exit code 2 when any was skipped)."})
    static class ImportHtml implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "DIR")
        Path dir;
        @picocli.CommandLine.Option(names = "--profile", required = true, description = "the site's profile, e.g. generic")
        String profile;
        @picocli.CommandLine.Option(names = "--profiles", description = "a YAML file of profiles (default: the built-in ones)")
        Path profiles;

        @Override
        public Integer call() throws IOException {
            if (!Files.isDirectory(dir)) {
                throw new UsageError("no such directory: " + dir);
            }
            org.intercede.outreach.ads.HtmlProfile site;
            try {
                site = org.intercede.outreach.ads.HtmlProfile.load(profile, profiles);
            } catch (IllegalArgumentException e) {
                throw new UsageError(e.getMessage());
            }
            java.util.List<Path> pages;
            try (var files = Files.list(dir)) {
                pages = files.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".htm")).sorted().toList();
            }
            int[] counts = new int[4];
            PrintWriter err = spec.commandLine().getErr();
            try (ApplicationContext context = StoreContext.open()) {
                AdIngest ingest = context.getBean(AdIngest.class);
                for (Path page : pages) {
                    try {
                        IngestResult result = ingest.ingest(org.intercede.outreach.ads.HtmlAdReader.read(page, site));
                        counts[result.isNew() ? 0 : 1]++;
                        counts[3] += result.isNew() ? result.phones().size() : 0;
                    } catch (IllegalArgumentException | IOException e) {
                        counts[2]++;
                        err.println(page.getFileName() + ": " + e.getMessage() + " (skipped)");
                    }
                }
            }
            spec.commandLine().getOut().printf("%d new ads, %d already known, %d skipped; %d numbers found in the new ads%n",
                    counts[0], counts[1], counts[2], counts[3]);
            return counts[2] > 0 ? 2 : 0;
        }
    }

    @Command(name = "flagged", mixinStandardHelpOptions = true,
            description = {"Numbers shared by many ads or cities (INTERCEDE_ADS_FLAG_ADS, _CITIES), most recently seen first,",
                    "for caseworkers' attention. Numbers are shown masked."})
    static class Flagged implements Runnable {
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Option(names = "--limit", defaultValue = "50", description = "how many (default 50)")
        int limit;

        @Override
        public void run() {
            if (limit < 1) {
                throw new UsageError("--limit must be at least 1");
            }
            try (ApplicationContext context = StoreContext.open()) {
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%-16s %5s %-24s %-20s %-10s %-10s%n", "NUMBER", "ADS", "CITIES", "SOURCES", "FIRST", "LAST");
                for (org.intercede.outreach.ads.PhoneProfile p : context.getBean(org.intercede.outreach.ads.PhoneIndex.class).flagged(limit)) {
                    out.printf("%-16s %5d %-24s %-20s %-10s %-10s%n", org.intercede.sms.phone.PhoneNumbers.mask(p.number()), p.ads(),
                            String.join(",", p.cities()), String.join(",", p.sources()), p.firstSeen().toString().substring(0, 10),
                            p.lastSeen().toString().substring(0, 10));
                }
                out.flush();
            }
        }
    }
}
