package org.intercede.sms.numbers;

import jakarta.inject.Singleton;
import org.intercede.sms.phone.PhoneNumbers;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Our own phone numbers and their roles, read from a YAML file:
 * <pre>
 * numbers:
 *   - number: "+12065550100"
 *     role: decoy
 *     label: Seattle decoy
 *     pool: MG...          # optional: the Twilio Messaging Service this number belongs to
 *     persona: jess        # decoys: the catalog persona it speaks as
 *     jurisdiction: us-wa  # whose law its deterrence cites
 *     locale: en           # the language it writes in when the sender's is unknown
 *     burned: false        # true: exposed, never sends again
 * </pre>
 */
@Singleton
public class NumberRegistry {
    static final String BUILT_IN = "/org/intercede/sms/numbers/development-numbers.yml";
    private final List<OwnedNumber> fromFile;
    /** Replaced whole when numbers are added or burned at run time ({@link NumberOverlay}); never changed in place. */
    private volatile Map<String, OwnedNumber> byNumber;

    public NumberRegistry(NumbersSettings settings) {
        this(load(settings.file()));
    }

    public NumberRegistry(List<OwnedNumber> numbers) {
        Map<String, OwnedNumber> map = new LinkedHashMap<>();
        for (OwnedNumber n : numbers) {
            if (map.putIfAbsent(n.number(), n) != null) {
                throw new IllegalArgumentException("number " + PhoneNumbers.mask(n.number()) + " is listed twice");
            }
        }
        this.fromFile = List.copyOf(numbers);
        this.byNumber = Collections.unmodifiableMap(map);
    }

    /** The file's numbers, with those added or changed at run time laid over them. */
    void overlay(Map<String, OwnedNumber> runtime) {
        Map<String, OwnedNumber> map = new LinkedHashMap<>();
        fromFile.forEach(n -> map.put(n.number(), n));
        map.putAll(runtime);
        this.byNumber = Collections.unmodifiableMap(map);
    }

    public boolean inFile(String e164) {
        return fromFile.stream().anyMatch(n -> n.number().equals(e164));
    }

    public Optional<OwnedNumber> find(String e164) {
        return Optional.ofNullable(byNumber.get(e164));
    }

    public boolean isOurs(String e164) {
        return byNumber.containsKey(e164);
    }

    /**
     * The role of a sender: one of our numbers, or a Messaging Service pool ({@code MG...}) whose numbers all
     * share the role of the pool's numbers listed here.
     */
    public Optional<NumberRole> roleOfSender(String sender) {
        OwnedNumber number = byNumber.get(sender);
        if (number != null) {
            return Optional.of(number.role());
        }
        return byNumber.values().stream().filter(n -> sender.equals(n.pool())).map(OwnedNumber::role).findFirst();
    }

    public List<OwnedNumber> all() {
        return List.copyOf(byNumber.values());
    }

    static List<OwnedNumber> load(String file) {
        if (file == null || file.isBlank()) {
            try (InputStream in = NumberRegistry.class.getResourceAsStream(BUILT_IN)) {
                return parse(in, "built-in development numbers");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            return parse(in, file);
        } catch (IOException e) {
            throw new IllegalArgumentException("INTERCEDE_NUMBERS_FILE " + file + " cannot be read: " + e.getMessage());
        }
    }

    private static String text(Map<String, Object> entry, String field) {
        Object value = entry.get(field);
        return value == null ? null : value.toString();
    }

    /** Our numbers of one role that may still send. */
    public List<OwnedNumber> active(NumberRole role) {
        return byNumber.values().stream().filter(n -> n.role() == role && !n.burned()).toList();
    }

    @SuppressWarnings("unchecked")
    static List<OwnedNumber> parse(InputStream in, String source) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        if (!(root instanceof Map<?, ?> map) || !(map.get("numbers") instanceof List<?> list)) {
            throw new IllegalArgumentException(source + ": expected a top-level 'numbers:' list");
        }
        List<OwnedNumber> numbers = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String where = source + ": numbers[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> entry)) {
                throw new IllegalArgumentException(where + " must be a map with number and role");
            }
            Map<String, Object> e = (Map<String, Object>) entry;
            Object number = e.get("number");
            Object role = e.get("role");
            if (number == null || role == null) {
                throw new IllegalArgumentException(where + " needs both 'number' and 'role'");
            }
            String e164;
            try {
                e164 = PhoneNumbers.toE164(number.toString());
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(where + ".number: " + ex.getMessage());
            }
            NumberRole parsedRole;
            try {
                parsedRole = NumberRole.parse(role.toString());
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(where + ".role: " + ex.getMessage());
            }
            Object label = e.get("label");
            Object pool = e.get("pool");
            if (pool != null && !pool.toString().matches("MG[0-9a-fA-F]{32}")) {
                throw new IllegalArgumentException(where + ".pool: must be a Messaging Service SID (MG followed by 32 hex digits)");
            }
            numbers.add(new OwnedNumber(e164, parsedRole, label == null ? parsedRole.label() : label.toString(),
                    pool == null ? null : pool.toString(), text(e, "persona"), text(e, "jurisdiction"), text(e, "locale"),
                    Boolean.TRUE.equals(e.get("burned"))));
        }
        return numbers;
    }
}
