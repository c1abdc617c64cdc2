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
        Optional<Reply> refusal = refusal(coordinator, language, userId, round);
        if (refusal.isPresent()) {
            return List.of(refusal.get());
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

    private List<Reply> decide(
            Person coordinator,
            String language,
            String userId,
            int round,
            VolunteerStatus to,
            String reason,
            boolean pressedOnCard) {
        Optional<Reply> refusal = refusal(coordinator, language, userId, round);
        if (refusal.isPresent()) {
            return List.of(refusal.get());
        }
        Optional<Profile> decided = volunteers.decide(
                userId, round, to, reason, displayName(coordinator), coordinator.userId(), clock.instant());
        if (decided.isEmpty()) {
            return List.of(alreadyDecided(language, userId));
        }
        Profile profile = decided.get();
        audit.record(new org.wearetogether.access.Audit.Entry(
                coordinator.userId(),
                displayName(coordinator),
                to == VolunteerStatus.APPROVED ? "volunteer.approve" : "volunteer.decline",
                userId,
                profile.volunteer().regionCode() + (reason == null ? "" : ": " + reason),
                clock.instant()));
        nudge.run();
        String name = profile.volunteer().name();
        Reply done = to == VolunteerStatus.APPROVED
                ? new Reply.Notice(VolunteerTexts.DONE_APPROVED.in(language).formatted(name))
                : new Reply.Message(VolunteerTexts.DONE_DECLINED.in(language).formatted(name), Reply.Keyboard.NONE);
        if (!pressedOnCard) {
            return List.of(done);
        }
        Reply.Message card = view.decidedCard(profile);
        return List.of(done, new Reply.EditPressed(card.text(), card.keyboard()));
    }

    /** Why this coordinator may not decide this round now, if so. */
    private Optional<Reply> refusal(Person coordinator, String language, String userId, int round) {
        Optional<Profile> profile = volunteers.profile(userId);
        if (profile.isEmpty()) {
            return Optional.of(new Reply.Notice(VolunteerTexts.INACTIVE.in(language)));
        }
        String region = profile.get().volunteer().regionCode();
        if (!roles.mayCoordinate(coordinator.userId(), region)) {
            log.warn(
                    "Refused a volunteer decision on {} by {}: not a coordinator of {}",
                    userId,
                    coordinator.userId(),
                    region);
            return Optional.of(new Reply.Notice(VolunteerTexts.ONLY_COORDINATORS.in(language)));
        }
        if (profile.get().round() != round) {
            return Optional.of(new Reply.Notice(VolunteerTexts.CARD_OUTDATED.in(language)));
        }
        if (profile.get().volunteer().status() != VolunteerStatus.PENDING) {
            return Optional.of(alreadyDecided(language, userId));
        }
        return Optional.empty();
    }

    private Reply alreadyDecided(String language, String userId) {
        String by = volunteers
                .profile(userId)
                .map(p -> p.decidedBy() == null ? "—" : p.decidedBy())
                .orElse("—");
        return new Reply.Notice(VolunteerTexts.ALREADY_DECIDED.in(language).formatted(by));
    }

    static String displayName(Person person) {
        String name = person.firstName() == null || person.firstName().isBlank() ? person.userId() : person.firstName();
        return person.username() == null ? name : name + " (@" + person.username() + ")";
    }
}
