package org.wearetogether.intake.internal;

import java.util.Optional;
import org.wearetogether.chat.Pseudonyms;
import org.wearetogether.dialog.PhoneNumbers;

/**
 * The key under which requests for one person's phone are found again: the phone in E.164 (parsed with
 * libphonenumber, Russia by default, so {@code +7 916 123-45-67}, {@code 8 (916) 1234567} and {@code 79161234567}
 * are one number), then a keyed hash of it, so that the phone itself is not stored a second time.
 */
final class BeneficiaryPhones {

    private static final String DEFAULT_REGION = "RU";

    private final Pseudonyms pseudonyms;

    BeneficiaryPhones(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    /** The key of a phone, or empty when it is not a valid number (then nothing can match it). */
    Optional<String> keyOf(String phone) {
        return normalised(phone).map(e164 -> "phone-" + pseudonyms.of("phone:" + e164));
    }

    /** The E.164 form of a valid number (Russia by default, as the dialogs' phone steps read it), else empty. */
    static Optional<String> normalised(String phone) {
        return PhoneNumbers.toE164(phone, DEFAULT_REGION);
    }
}
