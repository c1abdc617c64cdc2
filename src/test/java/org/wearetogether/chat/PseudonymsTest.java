package org.wearetogether.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PseudonymsTest {

    private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    @Test
    void aPersonAlwaysGetsTheSameTokenSoTheirRecordsStayLinkable() {
        assertThat(Pseudonyms.fromSecret(KEY).of("777"))
                .isEqualTo(Pseudonyms.fromSecret(KEY).of("777"));
    }

    @Test
    void theTokenDoesNotContainTheIdAndDiffersPerPersonAndPerKey() {
        String token = Pseudonyms.fromSecret(KEY).of("777");

        assertThat(token).startsWith("anon-").hasSize(21).doesNotContain("777");
        assertThat(Pseudonyms.fromSecret(KEY).of("778")).isNotEqualTo(token);
        assertThat(Pseudonyms.fromSecret("ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=")
                        .of("777"))
                .isNotEqualTo(token);
        assertThat(Pseudonyms.isPseudonym(token)).isTrue();
        assertThat(Pseudonyms.isPseudonym("777")).isFalse();
    }

    @Test
    void withoutASecretTheKeyIsRandomAndKeptOnlyInMemory() {
        assertThat(Pseudonyms.fromSecret("").of("777"))
                .isNotEqualTo(Pseudonyms.fromSecret("").of("777"));
        Pseudonyms oneProcess = Pseudonyms.fromSecret(null);
        assertThat(oneProcess.of("777")).isEqualTo(oneProcess.of("777"));
    }
}
