package org.wearetogether.chat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The stable, non-reversible token that replaces a forgotten person's ids (Telegram user id, chat key) in tasks, the
 * audit and request histories: {@code anon-} and 16 hex digits of an HMAC-SHA256 of the user id. The same person
 * always gets the same token, so their records stay linkable to each other for statistics, but nobody without the key
 * can tell whose they are. The key is derived from {@code TOGETHER_SECRET_KEY}; without it, a random key lives only
 * in this process's memory (tokens then differ after a restart, which weakens statistics, never privacy).
 */
public final class Pseudonyms {

    /** What every pseudonym starts with, so that readers (and tests) can tell one from an id. */
    public static final String PREFIX = "anon-";

    private static final String ALGORITHM = "HmacSHA256";
    private final byte[] key;

    private Pseudonyms(byte[] key) {
        this.key = key.clone();
    }

    /**
     * From the setting {@code TOGETHER_SECRET_KEY} (base64); a blank setting gives a random key kept in memory only.
     * The pseudonym key is derived with a label, so it is never the key that seals the webhook secrets.
     */
    public static Pseudonyms fromSecret(String base64Secret) {
        if (base64Secret == null || base64Secret.isBlank()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return new Pseudonyms(random);
        }
        byte[] secret = Base64.getDecoder().decode(base64Secret.strip());
        return new Pseudonyms(hmac(secret, "wearetogether pseudonyms v1"));
    }

    /** The token of a person by their user id in the channel (also used for their chat key). */
    public String of(String userId) {
        byte[] mac = hmac(key, userId);
        return PREFIX + HexFormat.of().formatHex(mac, 0, 8);
    }

    /** Whether a value is already a pseudonym (forgetting twice changes nothing). */
    public static boolean isPseudonym(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
