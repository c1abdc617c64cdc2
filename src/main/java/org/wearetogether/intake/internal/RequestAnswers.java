package org.wearetogether.intake.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.wearetogether.dialog.DialogAction.Submission;
import org.wearetogether.dialog.Person;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequest.Address;
import org.wearetogether.intake.HelpRequest.Beneficiary;
import org.wearetogether.intake.HelpRequest.Consent;
import org.wearetogether.intake.HelpRequest.ForWhom;
import org.wearetogether.intake.HelpRequest.Requester;
import org.wearetogether.intake.HelpRequest.Source;
import org.wearetogether.intake.RequestStatus;

/** Reads the answers of {@code dialogs/request-help.yaml}, keyed by its step ids, into a new {@link HelpRequest}. */
final class RequestAnswers {

    static final String FOR_WHOM = "for_whom";
    static final String BENEFICIARY_NAME = "beneficiary_name";
    static final String AGE_GROUP = "age_group";
    static final String BENEFICIARY_PHONE = "beneficiary_phone";
    static final String REGION = "region";
    static final String ADDRESS = "address";
    static final String NEEDS = "needs";
    static final String URGENCY = "urgency";
    static final String DETAILS = "details";
    static final String REQUESTER_NAME = "requester_name";
    static final String REQUESTER_PHONE = "requester_phone";
    static final String CONSENT = "consent";
    static final String CONSENT_FOR_RELATIVE = "consent_for_relative";

    private static final String GEO = "geo:";

    private RequestAnswers() {}

    /**
     * The request the submission describes, not yet numbered.
     *
     * @throws IllegalArgumentException when a required answer is missing, above all the consent: without it
     *     nothing personal may be kept
     */
    static HelpRequest draft(Submission s, Instant now) {
        Map<String, Object> a = s.answers();
        ForWhom forWhom = "relative".equals(a.get(FOR_WHOM)) ? ForWhom.RELATIVE : ForWhom.ME;
        boolean relative = forWhom == ForWhom.RELATIVE;
        Person person = s.person();
        String consentVersion = relative ? text(a, CONSENT_FOR_RELATIVE) : text(a, CONSENT);
        return new HelpRequest(
                null,
                RequestStatus.SUBMITTED,
                null,
                null,
                required(a, REGION),
                forWhom,
                new Requester(
                        person.chatKey(),
                        person.userId(),
                        relative ? required(a, REQUESTER_NAME) : required(a, BENEFICIARY_NAME),
                        relative ? required(a, REQUESTER_PHONE) : required(a, BENEFICIARY_PHONE),
                        s.language()),
                new Beneficiary(required(a, BENEFICIARY_NAME), text(a, AGE_GROUP), required(a, BENEFICIARY_PHONE)),
                address(required(a, ADDRESS)),
                list(a.get(NEEDS)),
                text(a, URGENCY),
                text(a, DETAILS),
                new Consent(requireConsent(consentVersion), s.submittedAt()),
                a,
                new Source(person.channel(), s.conversationId(), s.dialogId(), s.dialogVersion()),
                now,
                now,
                1);
    }

    static Address address(String answer) {
        if (!answer.startsWith(GEO)) {
            return new Address(answer, null, null);
        }
        String[] latLon = answer.substring(GEO.length()).split("[,;]");
        return new Address(null, Double.parseDouble(latLon[0]), Double.parseDouble(latLon[1]));
    }

    private static String requireConsent(String version) {
        if (version == null) {
            throw new IllegalArgumentException("A help request cannot be stored without consent");
        }
        return version;
    }

    private static String required(Map<String, Object> answers, String key) {
        String value = text(answers, key);
        if (value == null) {
            throw new IllegalArgumentException("The help request has no answer for " + key);
        }
        return value;
    }

    private static String text(Map<String, Object> answers, String key) {
        Object value = answers.get(key);
        return value == null ? null : value.toString();
    }

    private static List<String> list(Object value) {
        if (value instanceof List<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }
}
