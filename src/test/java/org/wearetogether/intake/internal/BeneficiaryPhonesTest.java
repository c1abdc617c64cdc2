package org.wearetogether.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One person's phone is one key, however it was typed or shared; the key never holds the phone. */
class BeneficiaryPhonesTest {

    private final BeneficiaryPhones phones = new BeneficiaryPhones(DuplicateCatching.PSEUDONYMS);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "+79161234567",
                "+7 916 123-45-67",
                "8 (916) 123-45-67",
                "89161234567",
                "79161234567",
                " 8 916 123 45 67 ",
                "+7(916)1234567"
            })
    void everyFormOfOneNumberHasOneKey(String typed) {
        assertThat(phones.keyOf(typed)).isEqualTo(phones.keyOf("+79161234567"));
        assertThat(BeneficiaryPhones.normalised(typed)).contains("+79161234567");
    }

    @Test
    void otherNumbersHaveOtherKeysAndTheKeyDoesNotShowTheNumber() {
        String key = phones.keyOf("+79161234567").orElseThrow();
        assertThat(phones.keyOf("+79161234568")).isNotEqualTo(phones.keyOf("+79161234567"));
        assertThat(key).startsWith("phone-anon-").doesNotContain("916").doesNotContain("1234567");
    }

    @Test
    void aKeyDependsOnTheSecretKey() {
        var other = new BeneficiaryPhones(
                org.wearetogether.chat.Pseudonyms.fromSecret("HyAdHBsaGRgXFhUUExIREA8ODQwLCgkIBwYFBAMCAQA="));
        assertThat(other.keyOf("+79161234567")).isNotEqualTo(phones.keyOf("+79161234567"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "12", "not a phone", "+7 916 123"})
    void anInvalidNumberHasNoKeyAndSoMatchesNothing(String typed) {
        assertThat(phones.keyOf(typed)).isEmpty();
    }

    @Test
    void noPhoneHasNoKey() {
        assertThat(phones.keyOf(null)).isEmpty();
    }
}
