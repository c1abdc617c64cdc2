package org.wearetogether.intake;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.wearetogether.dialog.VoiceNote;

/**
 * A request for help as stored: who asked, for whom, where, what is needed, and where it stands.
 *
 * <p>Option ids ({@code ageGroup}, {@code needs}, {@code urgency}) are the ids of the options in
 * {@code dialogs/request-help.yaml}; they are kept as strings so that editing the dialog file never breaks reading.
 *
 * @param number human-readable, unique, per region: {@code MOW-000123}
 * @param status where the request stands
 * @param statusReason why it ended as it did ({@link RequestStatus#CANNOT_FULFIL}, {@link RequestStatus#CANCELLED});
 *     null otherwise
 * @param holder the coordinator (or CRM) who took the request; null while it waits in the queue
 * @param regionCode ISO 3166-2:RU code, e.g. {@code RU-MOW}
 * @param forWhom whether the person asked for themselves or for someone else
 * @param requester who asked (null once their personal data is deleted)
 * @param beneficiary who needs the help
 * @param address where help is needed (null once personal data is deleted)
 * @param needs option ids of what is needed, e.g. {@code groceries}
 * @param urgency option id: {@code today}, {@code within_2_days}, {@code this_week}
 * @param details free text, or a voice message marked as {@link VoiceNote#answer()} (null when skipped or deleted)
 * @param consent the consent to processing personal data
 * @param answers every answer of the dialog as given, by step id (empty once personal data is deleted)
 * @param source where the request came from
 * @param createdAt when it was stored
 * @param updatedAt last change
 * @param version incremented by every change, for optimistic updates
 */
public record HelpRequest(
        String number,
        RequestStatus status,
        String statusReason,
        Actor holder,
        String regionCode,
        ForWhom forWhom,
        Requester requester,
        Beneficiary beneficiary,
        Address address,
        List<String> needs,
        String urgency,
        String details,
        Consent consent,
        Map<String, Object> answers,
        Source source,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public HelpRequest {
        needs = List.copyOf(needs);
        answers = Map.copyOf(answers);
    }

    /** The voice message the details are, when the requester recorded them rather than typed them. */
    public java.util.Optional<VoiceNote> voiceNote() {
        return VoiceNote.in(details);
    }

    /**
     * The details as people outside the bot read them: the typed text, or "🎤 voice message, 0:42" (never the
     * file's id); null when there are none.
     */
    public String detailsShown(String language) {
        return voiceNote().map(v -> v.display(language)).orElse(details);
    }

    /** The same request with its number, once one is allocated. */
    public HelpRequest withNumber(String newNumber) {
        return new HelpRequest(
                newNumber,
                status,
                statusReason,
                holder,
                regionCode,
                forWhom,
                requester,
                beneficiary,
                address,
                needs,
                urgency,
                details,
                consent,
                answers,
                source,
                createdAt,
                updatedAt,
                version);
    }

    /** For whom the help is. */
    public enum ForWhom {
        /** The person who asked needs the help. */
        ME,
        /** A relative or neighbour needs it; the HQ confirms with them by phone. */
        RELATIVE
    }

    /**
     * Who asked.
     *
     * @param chatKey the chat status updates go to, e.g. {@code telegram:12345}
     * @param userId the person's id in the channel
     * @param name own name (for {@link ForWhom#ME} the beneficiary's name)
     * @param phone own phone in E.164 (for {@link ForWhom#ME} the beneficiary's phone)
     * @param language the language to speak to them in
     */
    public record Requester(String chatKey, String userId, String name, String phone, String language) {}

    /**
     * Who needs the help.
     *
     * @param name as given (null once deleted)
     * @param ageGroup option id: {@code under_65}, {@code age_65_plus}, {@code reduced_mobility}
     * @param phone E.164 (null once deleted)
     */
    public record Beneficiary(String name, String ageGroup, String phone) {}

    /**
     * Where help is needed: typed text, or a shared location.
     *
     * @param text the town and address as typed (null for a shared location)
     * @param latitude of a shared location (null for typed text)
     * @param longitude of a shared location (null for typed text)
     */
    public record Address(String text, Double latitude, Double longitude) {}

    /**
     * Consent to processing personal data.
     *
     * @param version the version of the consent text the person agreed to
     * @param givenAt when the request with the consent was submitted
     * @param verbal true when the person agreed on the phone to the hotline operator who read the text out
     */
    public record Consent(String version, Instant givenAt, boolean verbal) {}

    /**
     * Where the request came from.
     *
     * @param channel the intake channel, e.g. {@code telegram}
     * @param conversationId the conversation that submitted it; at most one request per conversation
     * @param dialogId the dialog, e.g. {@code request_help}
     * @param dialogVersion the dialog's definition version, to read {@link #answers()} correctly later
     * @param intakeOperator the hotline operator who filed it for a caller ({@code /call}); null when the requester
     *     filed it themselves. Then {@link Requester#chatKey()} is the operator's chat: status changes go there.
     */
    public record Source(
            String channel, String conversationId, String dialogId, int dialogVersion, Actor intakeOperator) {}
}
