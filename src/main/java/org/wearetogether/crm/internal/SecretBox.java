package org.wearetogether.crm.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the secrets the service must keep readable for itself (webhook signing secrets) with AES-256-GCM under the
 * key of {@code TOGETHER_SECRET_KEY} (base64 of 32 random bytes). A sealed value is {@code aesgcm1:<base64 of a
 * 12-byte random nonce followed by the ciphertext and its 16-byte tag>}; the purpose is bound in as associated data, so
 * a value sealed for one purpose does not open for another. Without a key nothing can be sealed or opened.
 */
final class SecretBox {

    static final String PREFIX = "aesgcm1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    private SecretBox(SecretKeySpec key) {
        this.key = key;
    }

    /** The box for a configured key; empty when none is set; a malformed key is an error that says why. */
    static Optional<SecretBox> fromSetting(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            return Optional.empty();
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("TOGETHER_SECRET_KEY is not base64 (make one: openssl rand -base64 32)");
        }
        if (raw.length != 32) {
            throw new IllegalArgumentException("TOGETHER_SECRET_KEY must be 32 bytes in base64, it is " + raw.length
                    + " bytes (make one: openssl rand -base64 32)");
        }
        return Optional.of(new SecretBox(new SecretKeySpec(raw, "AES")));
    }

    String seal(String purpose, String plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, purpose);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                                    .put(nonce)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The plain text; empty when the value is not sealed, or not by this key for this purpose. */
    Optional<String> open(String purpose, String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            if (all.length <= NONCE_BYTES) {
                return Optional.empty();
            }
            byte[] nonce = java.util.Arrays.copyOf(all, NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce, purpose);
            byte[] plain = cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
            return Optional.of(new String(plain, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String purpose) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
