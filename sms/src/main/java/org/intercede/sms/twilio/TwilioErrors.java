package org.intercede.sms.twilio;

import org.intercede.sms.provider.SendResult;
import org.intercede.sms.provider.SendResult.Outcome;

/**
 * Every Twilio answer we act on, in one place: how a failed send is classified, and what an error code
 * means for the recipient or the sender (https://www.twilio.com/docs/api/errors).
 */
public final class TwilioErrors {

    /** What an error code tells us beyond "this message failed". */
    public enum Consequence {
        NONE,
        /** 21610: the recipient replied STOP to this sender; Twilio will refuse every message to them. */
        RECIPIENT_OPTED_OUT,
        /** 21211 (invalid To), 21614 (not a mobile number): texting this number again is pointless. */
        RECIPIENT_INVALID,
        /** 30007: the carrier filtered the message as spam; too many and the sender gets blocked. */
        CARRIER_FILTERED
    }

    private TwilioErrors() {
    }

    public static Consequence consequenceOf(String errorCode) {
        if (errorCode == null) {
            return Consequence.NONE;
        }
        return switch (errorCode) {
            case "21610" -> Consequence.RECIPIENT_OPTED_OUT;
            case "21211", "21614" -> Consequence.RECIPIENT_INVALID;
            case "30007" -> Consequence.CARRIER_FILTERED;
            default -> Consequence.NONE;
        };
    }

    /** A send the API refused: 429 and 5xx may work later, any other answer will not. */
    public static SendResult classify(Integer httpStatus, Integer code, String message) {
        String errorCode = code != null ? code.toString() : httpStatus != null ? "http-" + httpStatus : null;
        if (httpStatus != null && httpStatus == 429 || code != null && code == 20429) {
            return SendResult.failed(Outcome.THROTTLED, errorCode, "Twilio asked us to slow down");
        }
        if (httpStatus == null || httpStatus >= 500) {
            return SendResult.failed(Outcome.TRANSIENT_FAILURE, errorCode, message);
        }
        return SendResult.failed(Outcome.PERMANENT_FAILURE, errorCode, message);
    }
}
