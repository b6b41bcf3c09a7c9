package org.intercede.sms.webhook;

import com.twilio.twiml.MessagingResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.intercede.sms.inbound.InboundGateway;
import org.intercede.sms.inbound.InboundMessage;
import org.intercede.sms.outbound.StatusCallbacks;
import org.intercede.sms.phone.InvalidPhoneNumberException;
import org.intercede.sms.phone.PhoneNumbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Twilio's two webhooks. Translates only: check the signature, parse, hand to the gateway, answer with empty
 * TwiML (replies never go in the TwiML: they go through the outbound queue).
 */
@Controller("/twilio")
// Each webhook makes several Redis round trips: run it on the blocking pool, not on Netty's few event loops.
@ExecuteOn(TaskExecutors.BLOCKING)
public class TwilioWebhookController {
    static final String EMPTY_TWIML = new MessagingResponse.Builder().build().toXml();
    private static final int MAX_MEDIA = 10;
    private final SignatureCheck signatures;
    private final InboundGateway gateway;
    private final StatusCallbacks statuses;
    private final MeterRegistry metrics;

    public TwilioWebhookController(SignatureCheck signatures, InboundGateway gateway, StatusCallbacks statuses,
                                   MeterRegistry metrics) {
        this.signatures = signatures;
        this.gateway = gateway;
        this.statuses = statuses;
        this.metrics = metrics;
    }

    @Post("/sms")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_XML)
    HttpResponse<String> sms(HttpRequest<?> request, @Body byte[] body) {
        Map<String, String> params = FormBody.parse(body);
        if (!signed(request, params)) {
            return forbidden("sms");
        }
        gateway.accept(inbound(params));
        return HttpResponse.ok(EMPTY_TWIML);
    }

    @Post("/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_XML)
    HttpResponse<String> status(HttpRequest<?> request, @Body byte[] body) {
        Map<String, String> params = FormBody.parse(body);
        if (!signed(request, params)) {
            return forbidden("status");
        }
        String sid = required(params, "MessageSid");
        String status = required(params, "MessageStatus");
        String errorCode = params.get("ErrorCode");
        statuses.apply(sid, status, errorCode == null || errorCode.isBlank() ? null : errorCode);
        return HttpResponse.ok(EMPTY_TWIML);
    }

    private boolean signed(HttpRequest<?> request, Map<String, String> params) {
        String query = request.getUri().getRawQuery();
        String pathAndQuery = request.getUri().getRawPath() + (query == null ? "" : "?" + query);
        return signatures.valid(request.getHeaders().get("X-Twilio-Signature"),
                request.getHeaders().get(HttpHeaders.HOST), pathAndQuery, params);
    }

    private HttpResponse<String> forbidden(String webhook) {
        metrics.counter("intercede.webhook.rejected", "webhook", webhook, "reason", "signature").increment();
        return HttpResponse.<String>status(io.micronaut.http.HttpStatus.FORBIDDEN).body("");
    }

    static InboundMessage inbound(Map<String, String> params) {
        String sid = required(params, "MessageSid");
        String from = number(params, "From");
        String to = number(params, "To");
        String body = params.getOrDefault("Body", "");
        if (body.length() > InboundMessage.MAX_BODY_CHARS) {
            throw new BadWebhookException("Body is over 64 KB");
        }
        List<String> media = new ArrayList<>();
        for (int i = 0; i < MAX_MEDIA && params.containsKey("MediaUrl" + i); i++) {
            media.add(params.get("MediaUrl" + i));
        }
        return new InboundMessage(sid, from, to, body, media);
    }

    private static String number(Map<String, String> params, String name) {
        String value = required(params, name);
        try {
            return PhoneNumbers.toE164(value);
        } catch (InvalidPhoneNumberException e) {
            throw new BadWebhookException(name + " is not a phone number we can read: " + e.getMessage());
        }
    }

    private static String required(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            throw new BadWebhookException(name + " is missing");
        }
        return value;
    }

    @io.micronaut.http.annotation.Error(exception = BadWebhookException.class)
    HttpResponse<String> bad(BadWebhookException e) {
        metrics.counter("intercede.webhook.rejected", "webhook", "any", "reason", "bad-request").increment();
        return HttpResponse.<String>badRequest(e.getMessage()).contentType(MediaType.TEXT_PLAIN_TYPE);
    }
}
