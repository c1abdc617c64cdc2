package org.wearetogether.crm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The signature header: the time, then one HMAC of "t.body" per signing secret, the new one first. */
class WebhookSignatureTest {

    private static final Instant AT = Instant.parse("2026-11-25T10:02:11Z");
    private static final String BODY = "{\"number\":\"MOW-000123\"}";

    @Test
    void oneSecretGivesTheTimeAndOneSignatureOverTimeDotBody() throws Exception {
        assertThat(WebhookSignature.sign(List.of("whsec_new"), AT, BODY))
                .isEqualTo("t=1795600931,v1=" + hmac("whsec_new", "1795600931." + BODY));
    }

    @Test
    void duringAnOverlapBothSecretsSignTheNewOneFirst() throws Exception {
        assertThat(WebhookSignature.sign(List.of("whsec_new", "whsec_old"), AT, BODY))
                .isEqualTo("t=1795600931,v1=" + hmac("whsec_new", "1795600931." + BODY) + ",v1="
                        + hmac("whsec_old", "1795600931." + BODY));
    }

    @Test
    void theSameBodyAtAnotherTimeHasAnotherSignature() {
        String now = WebhookSignature.sign(List.of("s"), AT, BODY);
        String later = WebhookSignature.sign(List.of("s"), AT.plusSeconds(301), BODY);

        assertThat(later.substring(later.indexOf("v1="))).isNotEqualTo(now.substring(now.indexOf("v1=")));
    }

    /** Written independently of the code under test, as a receiver would. */
    private static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
