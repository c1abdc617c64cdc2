package org.wearetogether.intake.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.util.Optional;
import org.wearetogether.chat.Pseudonyms;

/**
 * The key under which requests for one person's phone are found again: the phone in E.164 (parsed with
 * libphonenumber, Russia by default, so {@code +7 916 123-45-67}, {@code 8 (916) 1234567} and {@code 79161234567}
 * are one number), then a keyed hash of it, so that the phone itself is not stored a second time.
 */
final class BeneficiaryPhones {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "RU";
    private static final int MAX_TYPED = 40;

    private final Pseudonyms pseudonyms;

    BeneficiaryPhones(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    /** The key of a phone, or empty when it is not a valid number (then nothing can match it). */
    Optional<String> keyOf(String phone) {
        return normalised(phone).map(e164 -> "phone-" + pseudonyms.of("phone:" + e164));
    }

    /** The E.164 form of a valid number, else empty. */
    static Optional<String> normalised(String phone) {
        if (phone == null || phone.isBlank() || phone.length() > MAX_TYPED) {
            return Optional.empty();
        }
        String text = phone.strip();
        if (text.matches("7\\d{10}")) {
            text = "+" + text; // shared contacts carry the country code without '+'
        }
        try {
            var number = PHONES.parse(text, DEFAULT_REGION);
            return PHONES.isValidNumber(number)
                    ? Optional.of(PHONES.format(number, PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
