package org.intercede.sms.twilio;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import org.intercede.sms.provider.OutboundSms;
import org.intercede.sms.provider.SendResult;
import org.intercede.sms.provider.SmsProvider;

import java.net.URI;
import java.util.List;

/** Sends through Twilio's Messages API with the official SDK. Knows nothing of retries or opt-outs. */
public class TwilioProvider implements SmsProvider {
    private final TwilioRestClient client;
    private final URI statusCallback;

    public TwilioProvider(String accountSid, String authToken, String apiBaseUrl, String publicBaseUrl) {
        this.client = new TwilioRestClient.Builder(accountSid, authToken).httpClient(new BaseUrlHttpClient(apiBaseUrl)).build();
        this.statusCallback = publicBaseUrl == null || publicBaseUrl.isBlank() ? null
                : URI.create(publicBaseUrl.replaceAll("/+$", "") + "/twilio/status");
    }

    @Override
    public String name() {
        return "twilio";
    }

    @Override
    public SendResult send(OutboundSms sms) {
        MessageCreator creator = creator(sms);
        if (statusCallback != null) {
            creator.setStatusCallback(statusCallback);
        }
        try {
            Message message = creator.create(client);
            return SendResult.sent(message.getSid());
        } catch (ApiConnectionException e) {
            return SendResult.failed(SendResult.Outcome.TRANSIENT_FAILURE, "network", e.getMessage());
        } catch (ApiException e) {
            return TwilioErrors.classify(e.getStatusCode(), e.getCode(), e.getMessage());
        }
    }

    private static MessageCreator creator(OutboundSms sms) {
        PhoneNumber to = new PhoneNumber(sms.to());
        boolean pool = sms.from().startsWith("MG");
        List<URI> media = sms.mediaUrls().stream().map(URI::create).toList();
        MessageCreator creator;
        if (media.isEmpty()) {
            creator = pool ? Message.creator(to, sms.from(), sms.body()) : Message.creator(to, new PhoneNumber(sms.from()), sms.body());
        } else {
            creator = pool ? Message.creator(to, sms.from(), media) : Message.creator(to, new PhoneNumber(sms.from()), media);
            if (!sms.body().isEmpty()) {
                creator.setBody(sms.body());
            }
        }
        return creator;
    }
}
