package org.intercede.server.bench;

import org.intercede.outreach.extract.LibphonenumberFinder;
import org.intercede.outreach.extract.PhoneExtractor;

import java.time.Duration;
import java.util.List;

/**
 * {@code bench extract}: ads read per second by {@link PhoneExtractor} on one thread, beside libphonenumber's
 * own {@code findNumbers(text, region, Leniency.VALID, Long.MAX_VALUE)} on the same ads, the baseline that
 * finds only plainly written numbers.
 */
final class ExtractBench implements BenchSuite {
    private static final Duration WARM_UP = Duration.ofSeconds(1);

    /** One ad and its region. */
    record Ad(String text, String region) {
    }

    /**
     * Varied on purpose and fixed, so runs compare: plain and disguised numbers (spelled, homophones, look-alike
     * letters, keycaps, fullwidth and mathematical digits, emoji separators, glued to words), noise only
     * (prices, stats, dates, ids), no digits at all, long ads, UK and French ads.
     */
    static final List<Ad> ADS = List.of(
            new Ad("Sweet Latina new in town 💋 call 206-381-4422", "US"),
            new Ad("Available now, incall only. (425) 738-2196", "US"),
            new Ad("text me: four two five seven three eight two one nine six", "US"),
            new Ad("fore too five, seven tree ate, too won nine six", "US"),
            new Ad("2O6-38l-4422 ask for Mia", "US"),
            new Ad("📲 2️⃣0️⃣6️⃣3️⃣8️⃣1️⃣4️⃣4️⃣2️⃣2️⃣", "US"),
            new Ad("２０６－３８１－４４２２ 𝟒𝟐𝟓 𝟕𝟑𝟖 𝟐𝟏𝟗𝟔", "US"),
            new Ad("206 🍒 381 🍒 4422", "US"),
            new Ad("NEWinTOWN✨3109462273✨ASKforJADE", "US"),
            new Ad("150 hh 250 hr 80 qv. Age 23. 5'4\" 120lbs 34-24-36. Call 206-381-4422", "US"),
            new Ad("$200/hr $350/2hr $1000 overnight, 24/7, 100% real", "US"),
            new Ad("In town 12/25/2026 - 12/31/2026 only!! post id: 7712345678", "US"),
            new Ad("number in my bio 😘 no texts here", "US"),
            new Ad("Hey gentlemen 😘 I'm Jade, a sweet and classy companion visiting your city this week only. "
                    + "I love good conversation, fine dining and making new friends. Upscale, discreet and always "
                    + "on time. Incall near the airport, outcall to hotels downtown. Screening required for your "
                    + "safety and mine, please have a reference ready. No rush, no games, real pictures, no "
                    + "deposits ever. Serious gentlemen only, be respectful and we will have a wonderful time.", "US"),
            new Ad("Hey gentlemen 😘 I'm Jade, visiting this week only. Rates: qv 100, hh 180, h 280, 2h 500. "
                    + "Incall near the airport, room 1420 at the Westin, 1900 5th Ave. Screening required, no "
                    + "blocked calls, text only: 2O6 . 38l . 44 two two, or my booker 425-738-2196 after 8pm. "
                    + "Age 24, 5'6\", 34C-25-36, 125 lbs. Available 10am-2am, 24/7 on weekends. ID 4829173650", "US"),
            new Ad("Stunning blonde in Manchester, £150 hr, call 07412 583920", "GB"),
            new Ad("oh seven nine five six, four one two, eight seven three", "GB"),
            new Ad("Nouvelle à Paris, 150€ 30min, appelez 06 12 48 73 95", "FR"));

    @Override
    public String target() {
        return "extract";
    }

    @Override
    public List<Measurement> run(Duration perMeasurement) throws Exception {
        PhoneExtractor extractor = new PhoneExtractor();
        LibphonenumberFinder finder = new LibphonenumberFinder();
        int n = ADS.size();
        Timing base = Loop.run(WARM_UP, perMeasurement, i -> {
            Ad ad = ADS.get((int) (i % n));
            finder.find(ad.text(), ad.region());
        });
        Timing ours = Loop.run(WARM_UP, perMeasurement, i -> {
            Ad ad = ADS.get((int) (i % n));
            extractor.extract(ad.text(), ad.region());
        });
        return List.of(Measurement.against("extract phones", ours, "libphonenumber findNumbers", base));
    }
}
