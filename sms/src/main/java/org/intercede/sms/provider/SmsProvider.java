package org.intercede.sms.provider;

/** The process boundary to whoever delivers SMS: Twilio in production, the simulator in development. */
public interface SmsProvider {

    /** Short name for logs and metrics. */
    String name();

    /** Sends one message. Never throws for a provider's answer: every outcome is a {@link SendResult}. */
    SendResult send(OutboundSms sms);
}
