package org.wearetogether.crm.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes and reads API key tokens {@code wat_<id>_<secret>}: a 12-hex-digit public id to look the key up by, and a
 * 256-bit random secret of which only the SHA-256 is stored and compared in constant time.
 */
final class ApiKeyTokens {

    private static final String PREFIX = "wat_";
    private static final Pattern TOKEN = Pattern.compile("wat_([0-9a-f]{12})_([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeyTokens() {}

    /** A new token with its parts. */
    static Token generate() {
        byte[] id = new byte[6];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        return new Token(
                HexFormat.of().formatHex(id),
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The parts of a presented token, if it has the right shape. */
    static Optional<Token> parse(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        Matcher m = TOKEN.matcher(presented.strip());
        return m.matches() ? Optional.of(new Token(m.group(1), m.group(2))) : Optional.empty();
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Whether the secret hashes to the stored hash; takes the same time wherever the hashes differ. */
    static boolean matches(String secret, String storedHash) {
        return MessageDigest.isEqual(
                hash(secret).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** A token's public id and its secret. */
    record Token(String id, String secret) {
        String text() {
            return PREFIX + id + "_" + secret;
        }
    }
}
