package org.wearetogether.volunteers.internal;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.access.Audit;
import org.wearetogether.access.Roles;
import org.wearetogether.chat.ChatDelivery;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;
import org.wearetogether.volunteers.Volunteer;
import org.wearetogether.volunteers.VolunteerDesk;
import org.wearetogether.volunteers.VolunteerStatus;

/**
 * The console's side of the volunteers: the list reads the store; approve and decline are {@link Approvals}'
 * decisions, pause and resume {@link SelfService}'s status change, so the chat and the console share one
 * implementation and one set of rules (an admin, or a coordinator of the volunteer's region).
 */
final class CoordinatorsDesk implements VolunteerDesk {

    private static final Logger log = LoggerFactory.getLogger(CoordinatorsDesk.class);

    private final MongoVolunteers volunteers;
    private final Approvals approvals;
    private final SelfService self;
    private final Roles roles;
    private final Audit audit;
    private final ChatDelivery delivery;
    private final java.time.Clock clock;

    CoordinatorsDesk(
            MongoVolunteers volunteers,
            Approvals approvals,
            SelfService self,
            Roles roles,
            Audit audit,
            ChatDelivery delivery,
            java.time.Clock clock) {
        this.volunteers = volunteers;
        this.approvals = approvals;
        this.self = self;
        this.roles = roles;
        this.audit = audit;
        this.delivery = delivery;
        this.clock = clock;
    }

    @Override
    public Page list(String viewerId, Query query) {
        if (viewerId == null || query.regionCode() == null || !roles.mayCoordinate(viewerId, query.regionCode())) {
            throw new NotAllowed("Only admins and the coordinators of " + query.regionCode() + " see its volunteers");
        }
        MongoVolunteers.RegionPage page = volunteers.region(query);
        List<Row> rows = page.profiles().stream()
                .map(p -> new Row(p.volunteer(), p.round(), p.decidedBy(), p.lastActiveAt()))
                .toList();
        return new Page(rows, page.total(), page.byStatus());
    }

    @Override
    public Outcome approve(Person coordinator, String language, String userId, int round) {
        return decided(approvals.decision(coordinator, userId, round, VolunteerStatus.APPROVED, null, true), language);
    }

    @Override
    public Outcome decline(Person coordinator, String language, String userId, int round, String reason) {
        return decided(
                approvals.decision(
                        coordinator, userId, round, VolunteerStatus.DECLINED, Approvals.reason(reason), true),
                language);
    }

    private Outcome decided(Approvals.Decision decision, String language) {
        Result result = switch (decision.verdict()) {
            case DECIDED -> Result.DONE;
            case NOT_FOUND -> Result.NOT_FOUND;
            case NOT_ALLOWED -> Result.NOT_ALLOWED;
            case OUTDATED -> Result.OUTDATED;
            case ALREADY_DECIDED -> Result.ALREADY;
        };
        return new Outcome(result, approvals.say(decision, language));
    }

    @Override
    public Outcome pause(Person coordinator, String language, String userId) {
        return status(coordinator, language, userId, VolunteerStatus.APPROVED, VolunteerStatus.PAUSED);
    }

    @Override
    public Outcome resume(Person coordinator, String language, String userId) {
        return status(coordinator, language, userId, VolunteerStatus.PAUSED, VolunteerStatus.APPROVED);
    }

    private Outcome status(
            Person coordinator, String language, String userId, VolunteerStatus from, VolunteerStatus to) {
        Optional<Volunteer> found = volunteers.byUserId(userId);
        if (found.isEmpty()) {
            return new Outcome(Result.NOT_FOUND, VolunteerTexts.INACTIVE.in(language));
        }
        Volunteer v = found.get();
        if (!roles.mayCoordinate(coordinator.userId(), v.regionCode())) {
            log.warn("Refused a {} of volunteer {} by {}", to, userId, coordinator.userId());
            return new Outcome(Result.NOT_ALLOWED, VolunteerTexts.ONLY_COORDINATORS.in(language));
        }
        boolean pausing = to == VolunteerStatus.PAUSED;
        return switch (self.setStatus(userId, from, to, false)) {
            case CHANGED -> {
                audit.record(new Audit.Entry(
                        coordinator.userId(),
                        Approvals.displayName(coordinator),
                        pausing ? "volunteer.pause" : "volunteer.resume",
                        userId,
                        v.regionCode() + " (console)",
                        clock.instant()));
                tell(v, pausing ? VolunteerTexts.PAUSED_BY_COORDINATOR : VolunteerTexts.RESUMED_BY_COORDINATOR);
                yield new Outcome(
                        Result.DONE,
                        (pausing ? VolunteerTexts.DESK_PAUSED : VolunteerTexts.DESK_RESUMED)
                                .in(language)
                                .formatted(v.name()));
            }
            case NO_PROFILE -> new Outcome(Result.NOT_FOUND, VolunteerTexts.INACTIVE.in(language));
            case ALREADY ->
                new Outcome(
                        Result.ALREADY,
                        (pausing ? VolunteerTexts.DESK_ALREADY_PAUSED : VolunteerTexts.DESK_NOT_PAUSED)
                                .in(language)
                                .formatted(v.name()));
            case NOT_APPROVED ->
                new Outcome(
                        Result.NOT_APPLICABLE,
                        VolunteerTexts.DESK_NOT_APPROVED.in(language).formatted(v.name()));
        };
    }

    /** The volunteer learns of it in their chat; the change stands even when the chat cannot be reached. */
    private void tell(Volunteer v, Texts text) {
        try {
            delivery.send(
                    v.chatKey(), List.of(Reply.Message.plain(text.in(v.language() == null ? "ru" : v.language()))));
        } catch (RuntimeException e) {
            log.warn("Volunteer {} not told of a coordinator's pause or resume: {}", v.userId(), e.getMessage());
        }
    }
}
