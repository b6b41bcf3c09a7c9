package org.intercede.outreach.campaign;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import org.intercede.sms.phone.PhoneNumbers;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Campaigns from a YAML file ({@code INTERCEDE_CAMPAIGNS_FILE}):
 * <pre>
 * campaigns:
 *   seattle-first-contact:
 *     ads: {sources: [siteA], cities: [Seattle], seen_within: 14d}
 *     message: outreach.first
 *     variants: [1, 3]      # which of its variants, counted from 1 (default: all)
 *     numbers: ["+12065550142"]
 *     hours: {from: "10:00", to: "19:00"}
 *     daily_cap: 50
 *     review: true          # each batch waits for approval (outreach approve)
 * </pre>
 * Mistakes name the campaign and the field.
 */
public final class Campaigns {
    private Campaigns() {
    }

    /** @param file the campaigns file ({@code INTERCEDE_CAMPAIGNS_FILE}) */
    @ConfigurationProperties("intercede.campaigns")
    public record Settings(@Nullable String file) {
    }

    public static Campaign find(Settings settings, String name) {
        return read(settings, (in, source) -> parse(in, source, name));
    }

    /** Every campaign of the file, in file order; empty when no campaigns file is configured. */
    public static List<Campaign> all(Settings settings) {
        if (settings.file() == null || settings.file().isBlank()) {
            return List.of();
        }
        return read(settings, (in, source) -> {
            Map<?, ?> campaigns = campaigns(in, source);
            List<Campaign> all = new ArrayList<>();
            for (Object name : campaigns.keySet()) {
                all.add(campaign(campaigns, source, name.toString()));
            }
            return all;
        });
    }

    private static <T> T read(Settings settings, BiFunction<InputStream, String, T> parser) {
        if (settings.file() == null || settings.file().isBlank()) {
            throw new IllegalArgumentException("no campaigns are configured: set INTERCEDE_CAMPAIGNS_FILE");
        }
        Path file = Path.of(settings.file());
        try (InputStream in = Files.newInputStream(file)) {
            return parser.apply(in, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("INTERCEDE_CAMPAIGNS_FILE " + file + " cannot be read");
        }
    }

    static Campaign parse(InputStream in, String source, String name) {
        return campaign(campaigns(in, source), source, name);
    }

    private static Map<?, ?> campaigns(InputStream in, String source) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(source + ": not valid YAML");
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("campaigns") instanceof Map<?, ?> campaigns)) {
            throw new IllegalArgumentException(source + ": expected a top-level 'campaigns:' map");
        }
        return campaigns;
    }

    @SuppressWarnings("unchecked")
    private static Campaign campaign(Map<?, ?> campaigns, String source, String name) {
        if (!campaigns.containsKey(name)) {
            throw new IllegalArgumentException(source + " has no campaign '" + name + "'; it has " + campaigns.keySet());
        }
        // A campaign written with nothing under it takes every default.
        Object entry = campaigns.get(name) == null ? Map.of() : campaigns.get(name);
        if (!(entry instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(source + ": campaigns." + name + " must be a map of settings");
        }
        String where = source + ": campaigns." + name;
        Map<String, Object> c = (Map<String, Object>) entry;
        Map<String, Object> ads = c.get("ads") instanceof Map<?, ?> a ? (Map<String, Object>) a : Map.of();
        Map<String, Object> hours = c.get("hours") instanceof Map<?, ?> h ? (Map<String, Object>) h : Map.of("from", "10:00", "to", "19:00");
        List<String> numbers = new ArrayList<>();
        for (Object number : list(c.get("numbers"))) {
            try {
                numbers.add(PhoneNumbers.toE164(number.toString()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ".numbers: " + e.getMessage());
            }
        }
        Object message = c.getOrDefault("message", "outreach.first");
        List<Integer> variants = new ArrayList<>();
        for (Object v : list(c.get("variants"))) {
            if (!(v instanceof Integer n) || n < 1) {
                throw new IllegalArgumentException(where + ".variants must list variant numbers counted from 1");
            }
            variants.add(n - 1);
        }
        Object cap = c.getOrDefault("daily_cap", 100);
        if (!(cap instanceof Integer dailyCap) || dailyCap < 1) {
            throw new IllegalArgumentException(where + ".daily_cap must be a whole number of at least 1");
        }
        return new Campaign(name, lowerSet(ads.get("sources"), false), lowerSet(ads.get("cities"), true),
                duration(ads.getOrDefault("seen_within", "30d"), where + ".ads.seen_within"), message.toString(),
                List.copyOf(variants), List.copyOf(numbers), new TextingHours(time(hours.get("from"), where + ".hours.from"),
                time(hours.get("to"), where + ".hours.to")), dailyCap, Boolean.TRUE.equals(c.get("review")));
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : value == null ? List.of() : List.of(value);
    }

    private static Set<String> lowerSet(Object value, boolean lower) {
        Set<String> out = new HashSet<>();
        for (Object v : list(value)) {
            out.add(lower ? v.toString().toLowerCase(Locale.ROOT) : v.toString());
        }
        return Set.copyOf(out);
    }

    /** "14d", "12h", "30m". */
    static Duration duration(Object value, String where) {
        String text = value.toString().trim();
        if (!text.matches("\\d+[dhm]")) {
            throw new IllegalArgumentException(where + " must look like 14d, 12h or 30m");
        }
        long amount = Long.parseLong(text.substring(0, text.length() - 1));
        return switch (text.charAt(text.length() - 1)) {
            case 'd' -> Duration.ofDays(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> Duration.ofMinutes(amount);
        };
    }

    private static LocalTime time(Object value, String where) {
        try {
            return LocalTime.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + " must be a time such as 10:00");
        }
    }
}
