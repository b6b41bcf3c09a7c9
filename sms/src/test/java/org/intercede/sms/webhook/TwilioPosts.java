package org.intercede.sms.webhook;

import org.intercede.sms.RunningApp;
import org.intercede.sms.Twilios;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Posts webhooks to a running app exactly as Twilio would: form-encoded and signed. */
public final class TwilioPosts {
    private TwilioPosts() {
    }

    public static HttpResponse<String> sms(RunningApp app, String from, String to, String sid, String body) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("MessageSid", sid);
        params.put("AccountSid", Twilios.ACCOUNT_SID);
        params.put("From", from);
        params.put("To", to);
        params.put("Body", body);
        return signed(app, "/twilio/sms", params);
    }

    public static HttpResponse<String> signed(RunningApp app, String path, Map<String, String> params) {
        String form = params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String signature = TwilioSigner.sign(Twilios.AUTH_TOKEN, Twilios.PUBLIC_BASE_URL + path, params);
        return app.postForm(path, form, signature);
    }
}
