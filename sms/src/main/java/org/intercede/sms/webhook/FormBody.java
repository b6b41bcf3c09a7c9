package org.intercede.sms.webhook;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An {@code application/x-www-form-urlencoded} body decoded strictly: a malformed escape or bytes that are not
 * UTF-8 are refused rather than silently replaced, so what we store is what the sender wrote.
 */
public final class FormBody {
    private FormBody() {
    }

    /** The parameters in order of appearance; a repeated name keeps its first value. */
    public static Map<String, String> parse(byte[] body) {
        Map<String, String> params = new LinkedHashMap<>();
        if (body == null || body.length == 0) {
            return params;
        }
        int start = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '&') {
                if (i > start) {
                    pair(body, start, i, params);
                }
                start = i + 1;
            }
        }
        return Collections.unmodifiableMap(params);
    }

    private static void pair(byte[] body, int from, int to, Map<String, String> params) {
        int eq = from;
        while (eq < to && body[eq] != '=') {
            eq++;
        }
        String name = decode(body, from, eq);
        String value = eq < to ? decode(body, eq + 1, to) : "";
        params.putIfAbsent(name, value);
    }

    private static String decode(byte[] body, int from, int to) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte b = body[i];
            if (b == '+') {
                bytes.write(' ');
            } else if (b == '%') {
                if (i + 2 >= to) {
                    throw new BadWebhookException("malformed percent-encoding");
                }
                int high = Character.digit(body[i + 1], 16);
                int low = Character.digit(body[i + 2], 16);
                if (high < 0 || low < 0) {
                    throw new BadWebhookException("malformed percent-encoding");
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else {
                bytes.write(b);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new BadWebhookException("body is not valid UTF-8");
        }
    }
}
