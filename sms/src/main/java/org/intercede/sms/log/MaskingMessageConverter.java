package org.intercede.sms.log;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.intercede.sms.phone.PhoneNumbers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Logback {@code %msg} replacement that masks anything shaped like a phone number, as a net under the rule
 * that code only ever logs {@link PhoneNumbers#mask masked} numbers (a library's message may still carry one).
 */
public class MaskingMessageConverter extends MessageConverter {
    /** An optional +, then 8 to 15 digits with the separators people and libraries use between them. */
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?\\(?\\d(?:[ .()\\-]{0,2}\\d){7,14}");

    @Override
    public String convert(ILoggingEvent event) {
        return mask(super.convert(event));
    }

    public static String mask(String message) {
        if (message == null) {
            return null;
        }
        Matcher matcher = PHONE_LIKE.matcher(message);
        if (!matcher.find()) {
            return message;
        }
        StringBuilder out = new StringBuilder();
        do {
            matcher.appendReplacement(out, Matcher.quoteReplacement(PhoneNumbers.mask(matcher.group())));
        } while (matcher.find());
        matcher.appendTail(out);
        return out.toString();
    }
}
