package org.wearetogether.crm.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signing of webhook calls: {@code X-Together-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "t.body")>}.
 * The time is signed with the body so a captured call cannot be replayed later (receivers accept five minutes); while
 * a replaced secret overlaps the new one there is one {@code v1} per secret, the new one first.
 */
final class WebhookSignature {

    static final String HEADER = "X-Together-Signature";
    static final String IDEMPOTENCY_HEADER = "X-Together-Idempotency-Key";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {}

    /** A new signing secret: {@code whsec_} and 256 random bits in hex. */
    static String newSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return "whsec_" + HexFormat.of().formatHex(secret);
    }

    /** The header value for a body sent at the given time, signed with each of the secrets. */
    static String sign(List<String> secrets, Instant at, String body) {
        long t = at.getEpochSecond();
        return "t=" + t
                + secrets.stream().map(s -> ",v1=" + hmac(s, t + "." + body)).collect(Collectors.joining());
    }

    static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
