package org.intercede.outreach.console.admin;

import jakarta.inject.Singleton;
import org.intercede.outreach.console.audit.AuditLog;
import org.intercede.outreach.console.auth.ConsoleUser;
import org.intercede.sms.numbers.NumberEntries;
import org.intercede.sms.numbers.NumberOverlay;
import org.intercede.sms.numbers.NumberRegistry;
import org.intercede.sms.numbers.OwnedNumber;
import org.intercede.sms.phone.PhoneNumbers;

import java.util.Map;

/**
 * Adding and burning our numbers from the console, through the same checks and overlay as the admin API
 * ({@code /api/admin/numbers}), with the admin's id in the audit log (numbers masked there, as everywhere in it).
 */
@Singleton
public class NumberDesk {
    private final NumberRegistry registry;
    private final NumberOverlay overlay;
    private final NumberEntries entries;
    private final AuditLog audit;

    public NumberDesk(NumberRegistry registry, NumberOverlay overlay, NumberEntries entries, AuditLog audit) {
        this.registry = registry;
        this.overlay = overlay;
        this.entries = entries;
        this.audit = audit;
    }

    /**
     * A new number ({@code number, role, label, persona, jurisdiction, locale}). One already listed is refused:
     * adding it again here would quietly change it, or bring a burned number back.
     */
    public OwnedNumber add(ConsoleUser admin, Map<String, String> entry) {
        OwnedNumber number = entries.checked(entry);
        if (registry.isOurs(number.number())) {
            throw new IllegalArgumentException("That number is already one of ours; it is in the list below.");
        }
        overlay.put(number);
        audit.append(admin.id(), "number-add", PhoneNumbers.mask(number.number()), "role " + number.role().label());
        return number;
    }

    /**
     * Burns a number for good: it never sends again. {@code confirmation} must be its last four digits, so a
     * slip of the finger on the wrong row burns nothing.
     */
    public OwnedNumber burn(ConsoleUser admin, String number, String confirmation) {
        String e164 = entries.e164(number);
        OwnedNumber current = registry.find(e164).orElseThrow(() -> new IllegalArgumentException("That is not one of our numbers."));
        if (current.burned()) {
            throw new IllegalArgumentException("That number is already burned.");
        }
        String typed = confirmation == null ? "" : confirmation.strip();
        if (!typed.matches("\\d{4}") || !e164.endsWith(typed)) {
            throw new IllegalArgumentException("To burn it, type the last 4 digits of the number.");
        }
        OwnedNumber burned = overlay.burn(e164);
        audit.append(admin.id(), "number-burn", PhoneNumbers.mask(e164), "role " + current.role().label());
        return burned;
    }
}
