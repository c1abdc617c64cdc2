package org.wearetogether.intake.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.wearetogether.dialog.DialogAction.Submission;
import org.wearetogether.dialog.Person;
import org.wearetogether.intake.Actor;
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

    /** The dialog a hotline operator uses to file a request for a caller. */
    static final String OPERATOR_CALL = "operator_call";

    private static final String GEO = "geo:";

    private RequestAnswers() {}

    /**
     * The request the submission describes, not yet numbered.
     *
     * @throws IllegalArgumentException when a required answer is missing, above all the consent: without it
     *     nothing personal may be kept
     */
    static HelpRequest draft(Submission s, Instant now) {
        return OPERATOR_CALL.equals(s.dialogId()) ? fromCall(s, now) : fromRequester(s, now);
    }

    /** The requester asked for themselves or for a relative in their own chat. */
    private static HelpRequest fromRequester(Submission s, Instant now) {
        Map<String, Object> a = s.answers();
        boolean relative = "relative".equals(a.get(FOR_WHOM));
        Person person = s.person();
        Requester requester = new Requester(
                person.chatKey(),
                person.userId(),
                relative ? required(a, REQUESTER_NAME) : required(a, BENEFICIARY_NAME),
                relative ? required(a, REQUESTER_PHONE) : required(a, BENEFICIARY_PHONE),
                s.language());
        Beneficiary beneficiary =
                new Beneficiary(required(a, BENEFICIARY_NAME), text(a, AGE_GROUP), required(a, BENEFICIARY_PHONE));
        String consent = relative ? text(a, CONSENT_FOR_RELATIVE) : text(a, CONSENT);
        return request(
                s,
                now,
                relative,
                requester,
                beneficiary,
                new Consent(requireConsent(consent), s.submittedAt(), false),
                null);
    }

    /**
     * A hotline operator filed it for a caller ({@code dialogs/operator-call.yaml}): the caller is the requester, but
     * has no chat, so status changes go to the operator's chat; consent was given verbally.
     */
    private static HelpRequest fromCall(Submission s, Instant now) {
        Map<String, Object> a = s.answers();
        boolean relative = "relative".equals(a.get(FOR_WHOM));
        Person operator = s.person();
        Requester caller = new Requester(
                operator.chatKey(), null, required(a, REQUESTER_NAME), required(a, REQUESTER_PHONE), s.language());
        Beneficiary beneficiary = relative
                ? new Beneficiary(required(a, BENEFICIARY_NAME), text(a, AGE_GROUP), required(a, BENEFICIARY_PHONE))
                : new Beneficiary(caller.name(), text(a, AGE_GROUP), caller.phone());
        Consent verbal = new Consent(requireConsent(text(a, CONSENT)), s.submittedAt(), true);
        Actor intakeOperator = new Actor(Actor.Role.OPERATOR, operator.userId(), operator.firstName());
        return request(s, now, relative, caller, beneficiary, verbal, intakeOperator);
    }

    private static HelpRequest request(
            Submission s,
            Instant now,
            boolean relative,
            Requester requester,
            Beneficiary beneficiary,
            Consent consent,
            Actor intakeOperator) {
        Map<String, Object> a = s.answers();
        return new HelpRequest(
                null,
                RequestStatus.SUBMITTED,
                null,
                null,
                required(a, REGION),
                relative ? ForWhom.RELATIVE : ForWhom.ME,
                requester,
                beneficiary,
                address(required(a, ADDRESS)),
                list(a.get(NEEDS)),
                text(a, URGENCY),
                text(a, DETAILS),
                consent,
                a,
                new Source(s.person().channel(), s.conversationId(), s.dialogId(), s.dialogVersion(), intakeOperator),
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
