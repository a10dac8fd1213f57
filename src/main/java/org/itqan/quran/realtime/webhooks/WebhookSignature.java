package org.itqan.quran.realtime.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Itqan-Signature} header, in the style of Stripe's: {@code t=<unix seconds>,v1=<hex HMAC-SHA256>} where
 * the HMAC, keyed with the subscription's secret, is over {@code t + "." + body}. Signing the timestamp with the body
 * lets a receiver refuse replays of an old delivery (docs/webhooks.md: reject a {@code t} more than five minutes
 * away from its clock).
 */
final class WebhookSignature {

    private WebhookSignature() {
    }

    static String header(String secret, long timestamp, byte[] body) {
        return "t=" + timestamp + ",v1=" + hmac(secret, timestamp, body);
    }

    static String hmac(String secret, long timestamp, byte[] body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
