package org.intercede.sms.provider;

import java.util.List;

/** What a provider is asked to send. Numbers are E.164. */
public record OutboundSms(String messageId, String from, String to, String body, List<String> mediaUrls) {
}
