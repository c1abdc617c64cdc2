package org.wearetogether.dialog;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * Phone numbers as people type them ({@code 8 916 123-45-67}) to E.164 ({@code +79161234567}) and back: the one
 * reading of a phone, for the dialogs' phone steps and for matching a stored phone again (duplicate requests).
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final int MAX_TYPED = 40;

    private PhoneNumbers() {}

    /** The E.164 form of a valid number, else empty. */
    public static Optional<String> toE164(String typed, String defaultRegion) {
        if (typed == null || typed.isBlank() || typed.length() > MAX_TYPED) {
            return Optional.empty();
        }
        String text = typed.strip();
        // Shared contacts often carry the country code without '+': 79161234567.
        if (text.matches("7\\d{10}")) {
            text = "+" + text;
        }
        try {
            PhoneNumber number = PHONES.parse(text, defaultRegion);
            return PHONES.isValidNumber(number)
                    ? Optional.of(PHONES.format(number, PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** A stored E.164 number as people read it: {@code +7 916 123-45-67}. */
    public static String display(String e164) {
        try {
            return PHONES.format(PHONES.parse(e164, null), PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }
}
