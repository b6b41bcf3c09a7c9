package org.intercede.sms.provider;

/**
 * The provider used when no Twilio credentials are set: the "phone" is the simulator page, which reads the
 * conversation from the message store, so accepting the message is all there is to do.
 */
public class SimulatorProvider implements SmsProvider {

    @Override
    public String name() {
        return "simulator";
    }

    @Override
    public SendResult send(OutboundSms sms) {
        return SendResult.sent("SIM" + sms.messageId());
    }
}
