package org.wearetogether.crm.internal;

import java.util.Optional;

/**
 * Webhook signing secrets as stored: sealed with {@link SecretBox} when {@code TOGETHER_SECRET_KEY} is set. Without
 * the key no new secret can be stored, so {@code /webhook} refuses; a stored secret that does not open (the key was
 * removed or changed) reads as absent, and its deliveries wait and say why.
 */
final class WebhookSecrets {

    private static final String PURPOSE = "crm_webhooks.secret";

    private final Optional<SecretBox> box;

    WebhookSecrets(Optional<SecretBox> box) {
        this.box = box;
    }

    static WebhookSecrets none() {
        return new WebhookSecrets(Optional.empty());
    }

    boolean available() {
        return box.isPresent();
    }

    String seal(String secret) {
        return box.orElseThrow(() -> new IllegalStateException("TOGETHER_SECRET_KEY is not set"))
                .seal(PURPOSE, secret);
    }

    Optional<String> open(String sealed) {
        return box.flatMap(b -> b.open(PURPOSE, sealed));
    }
}
