package org.wearetogether.volunteers.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.access.Audit;
import org.wearetogether.access.Roles;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.volunteers.VolunteerStatus;

/**
 * Coordinators' decisions on pending profiles. Every decision is authorized where it happens (an admin or a
 * coordinator of the profile's region) and is one guarded write on the profile's status and approval round, so two
 * coordinators at once produce one decision and a replayed or forged press changes nothing. The volunteer's notice
 * and the other cards' edits are owed in the store and sent by the sweep ({@link ApprovalCards}).
 */
class Approvals {

    private static final Logger log = LoggerFactory.getLogger(Approvals.class);

    private final MongoVolunteers volunteers;
    private final MongoDeclineReasons reasons;
    private final Roles roles;
    private final Audit audit;
    private final ProfileView view;
    private final Runnable nudge;
    private final Clock clock;

    Approvals(
            MongoVolunteers volunteers,
            MongoDeclineReasons reasons,
            Roles roles,
            Audit audit,
            ProfileView view,
            Runnable nudge,
            Clock clock) {
        this.volunteers = volunteers;
        this.reasons = reasons;
        this.roles = roles;
        this.audit = audit;
        this.view = view;
        this.nudge = nudge;
        this.clock = clock;
    }

    /** Approve. */
    List<Reply> approve(Person coordinator, String language, String userId, int round) {
        reasons.stopWaiting(coordinator.userId(), userId); // pressed Decline first, then changed their mind
        return decide(coordinator, language, userId, round, VolunteerStatus.APPROVED, null, true);
    }

    /** Decline pressed: ask for a reason (typed as the next message) or a press of "without a reason". */
    List<Reply> askReason(Person coordinator, String language, String userId, int round) {
        Optional<Verdict> refusal = refusal(coordinator, userId, round);
        if (refusal.isPresent()) {
            return List.of(new Reply.Notice(say(refused(refusal.get(), userId), language)));
        }
        Profile profile = volunteers.profile(userId).orElseThrow();
        reasons.await(coordinator.userId(), userId, round, clock.instant());
        String text = VolunteerTexts.ASK_REASON
                .in(language)
                .formatted(profile.volunteer().name());
        Reply.Button without = new Reply.Button(
                VolunteerTexts.NO_REASON.in(language),
                ProfileView.PREFIX + ProfileView.DECLINE_NO_REASON + ":" + userId + ":" + round);
        return List.of(new Reply.Message(text, new Reply.Keyboard.Inline(List.of(List.of(without)))));
    }

    /** Decline, with a typed reason or none. {@code pressed}: the press came from the card itself (edit it). */
    List<Reply> decline(Person coordinator, String language, String userId, int round, String reason) {
        reasons.stopWaiting(coordinator.userId());
        return decide(coordinator, language, userId, round, VolunteerStatus.DECLINED, reason, false);
    }

    /** The longest decline reason kept; longer ones are cut (typed in the chat or in the console alike). */
    static final int MAX_REASON = 500;

    /** A typed reason as kept: stripped, cut to {@link #MAX_REASON}; null when blank. */
    static String reason(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String reason = typed.strip();
        return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
    }

    /** What came of a decision, whichever front end asked. */
    enum Verdict {
        DECIDED,
        NOT_FOUND,
        NOT_ALLOWED,
        OUTDATED,
        ALREADY_DECIDED
    }

    /** A decision's outcome: the profile as decided (null unless DECIDED) and who decided (for ALREADY_DECIDED). */
    record Decision(Verdict verdict, Profile profile, String decidedBy) {}

    /**
     * The one decision both front ends make: authorized, one guarded write, audited, the sweep nudged to tell the
     * volunteer and edit the cards. {@code onConsole}: made in the web console (every card is edited by the sweep).
     */
    Decision decision(
            Person coordinator, String userId, int round, VolunteerStatus to, String reason, boolean onConsole) {
        Optional<Verdict> refusal = refusal(coordinator, userId, round);
        if (refusal.isPresent()) {
            return refused(refusal.get(), userId);
        }
        if (onConsole) {
            reasons.stopWaiting(coordinator.userId(), userId); // pressed Decline in the chat, then decided here
        }
        Optional<Profile> decided = volunteers.decide(
                userId, round, to, reason, displayName(coordinator), coordinator.userId(), onConsole, clock.instant());
        if (decided.isEmpty()) {
            return refused(Verdict.ALREADY_DECIDED, userId);
        }
        Profile profile = decided.get();
        audit.record(new org.wearetogether.access.Audit.Entry(
                coordinator.userId(),
                displayName(coordinator),
                to == VolunteerStatus.APPROVED ? "volunteer.approve" : "volunteer.decline",
                userId,
                profile.volunteer().regionCode()
                        + (reason == null ? "" : ": " + reason)
                        + (onConsole ? " (console)" : ""),
                clock.instant()));
        nudge.run();
        return new Decision(Verdict.DECIDED, profile, profile.decidedBy());
    }

    /** What a coordinator reads about a decision, in their language. */
    String say(Decision decision, String language) {
        return switch (decision.verdict()) {
            case DECIDED ->
                (decision.profile().volunteer().status() == VolunteerStatus.APPROVED
                                ? VolunteerTexts.DONE_APPROVED
                                : VolunteerTexts.DONE_DECLINED)
                        .in(language)
                        .formatted(decision.profile().volunteer().name());
            case NOT_FOUND -> VolunteerTexts.INACTIVE.in(language);
            case NOT_ALLOWED -> VolunteerTexts.ONLY_COORDINATORS.in(language);
            case OUTDATED -> VolunteerTexts.CARD_OUTDATED.in(language);
            case ALREADY_DECIDED -> VolunteerTexts.ALREADY_DECIDED.in(language).formatted(decision.decidedBy());
        };
    }

    private List<Reply> decide(
            Person coordinator,
            String language,
            String userId,
            int round,
            VolunteerStatus to,
            String reason,
            boolean pressedOnCard) {
        Decision decision = decision(coordinator, userId, round, to, reason, false);
        String text = say(decision, language);
        if (decision.verdict() != Verdict.DECIDED) {
            return List.of(new Reply.Notice(text));
        }
        Reply done =
                to == VolunteerStatus.APPROVED ? new Reply.Notice(text) : new Reply.Message(text, Reply.Keyboard.NONE);
        if (!pressedOnCard) {
            return List.of(done);
        }
        Reply.Message card = view.decidedCard(decision.profile());
        return List.of(done, new Reply.EditPressed(card.text(), card.keyboard()));
    }

    private Decision refused(Verdict verdict, String userId) {
        String by = verdict != Verdict.ALREADY_DECIDED
                ? null
                : volunteers
                        .profile(userId)
                        .map(p -> p.decidedBy() == null ? "—" : p.decidedBy())
                        .orElse("—");
        return new Decision(verdict, null, by);
    }

    /** Why this coordinator may not decide this round now, if so. */
    private Optional<Verdict> refusal(Person coordinator, String userId, int round) {
        Optional<Profile> profile = volunteers.profile(userId);
        if (profile.isEmpty()) {
            return Optional.of(Verdict.NOT_FOUND);
        }
        String region = profile.get().volunteer().regionCode();
        if (!roles.mayCoordinate(coordinator.userId(), region)) {
            log.warn(
                    "Refused a volunteer decision on {} by {}: not a coordinator of {}",
                    userId,
                    coordinator.userId(),
                    region);
            return Optional.of(Verdict.NOT_ALLOWED);
        }
        if (profile.get().round() != round) {
            return Optional.of(Verdict.OUTDATED);
        }
        if (profile.get().volunteer().status() != VolunteerStatus.PENDING) {
            return Optional.of(Verdict.ALREADY_DECIDED);
        }
        return Optional.empty();
    }

    static String displayName(Person person) {
        String name = person.firstName() == null || person.firstName().isBlank() ? person.userId() : person.firstName();
        return person.username() == null ? name : name + " (@" + person.username() + ")";
    }
}
