package org.wearetogether.crm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** TOGETHER_SECRET_KEY: AES-GCM sealing of webhook secrets, and one clear line at start-up when it is missing. */
class SecretKeyTest {

    private final Logger log = (Logger) LoggerFactory.getLogger(CrmConfiguration.class);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void listen() {
        lines.start();
        log.addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        log.detachAppender(lines);
    }

    @Test
    void withoutTheKeyWebhookSecretsCannotBeStoredAndStartUpSaysSoInOneLine() {
        WebhookSecrets secrets = new CrmConfiguration().webhookSecrets("");

        assertThat(secrets.available()).isFalse();
        assertThat(lines.list).hasSize(1);
        assertThat(lines.list.get(0).getFormattedMessage()).contains("TOGETHER_SECRET_KEY");
        assertThatThrownBy(() -> secrets.seal("whsec_x")).hasMessageContaining("TOGETHER_SECRET_KEY");
    }

    @Test
    void aMalformedKeyIsReportedWithHowToMakeOneAndTreatedAsMissing() {
        WebhookSecrets secrets = new CrmConfiguration().webhookSecrets("c2hvcnQ="); // 5 bytes

        assertThat(secrets.available()).isFalse();
        assertThat(lines.list).hasSize(1);
        assertThat(lines.list.get(0).getFormattedMessage()).contains("32 bytes").contains("openssl rand -base64 32");
    }

    @Test
    void aSealedSecretOpensOnlyWithTheSameKeyAndPurposeAndIsNeverTheSameTwice() {
        SecretBox box = SecretBox.fromSetting(WebhookCommandTest.TEST_KEY).orElseThrow();
        String first = box.seal("crm_webhooks.secret", "whsec_abc");
        String second = box.seal("crm_webhooks.secret", "whsec_abc");

        assertThat(first).startsWith(SecretBox.PREFIX).doesNotContain("abc").isNotEqualTo(second);
        assertThat(box.open("crm_webhooks.secret", first)).hasValue("whsec_abc");
        assertThat(box.open("another.purpose", first)).isEmpty();
        String tampered = first.substring(0, first.length() - 4) + (first.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThat(box.open("crm_webhooks.secret", tampered)).isEmpty();
        assertThat(box.open("crm_webhooks.secret", "whsec_plain")).isEmpty();
        assertThat(new CrmConfiguration()
                        .webhookSecrets(WebhookCommandTest.TEST_KEY)
                        .available())
                .isTrue();
    }
}
