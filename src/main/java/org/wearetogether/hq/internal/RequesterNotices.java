package org.wearetogether.hq.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.chat.ChatDelivery;
import org.wearetogether.chat.ChatSettings;
import org.wearetogether.dialog.Reply;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.ClosingReasons;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.intake.StatusChange;

/**
 * Tells the requester, in their language, of each change of their request. Driven by the stored history, not by
 * the in-process event: a sweep reads the requests changed since it last looked, sends the changes not yet told and
 * then records how far it told. A crash between sending and recording repeats those notices once; none is lost.
 */
final class RequesterNotices {

    private static final Logger log = LoggerFactory.getLogger(RequesterNotices.class);
    private static final int BATCH = 200;
    /** Looks back a little before the last sweep, for changes stored with a slightly older clock. */
    private static final Duration OVERLAP = Duration.ofSeconds(30);
    /** How far back the very first sweep looks. */
    private static final Duration FIRST_LOOK = Duration.ofDays(1);

    private final RequestLifecycle lifecycle;
    private final MongoNoticeMarks marks;
    private final ChatDelivery delivery;
    private final ChatSettings chatSettings;
    private final Clock clock;

    RequesterNotices(
            RequestLifecycle lifecycle,
            MongoNoticeMarks marks,
            ChatDelivery delivery,
            ChatSettings chatSettings,
            Clock clock) {
        this.lifecycle = lifecycle;
        this.marks = marks;
        this.delivery = delivery;
        this.chatSettings = chatSettings;
        this.clock = clock;
    }

    void sweep() {
        Instant since = marks.sweptUpTo(clock.instant().minus(FIRST_LOOK)).minus(OVERLAP);
        List<HelpRequest> changed = lifecycle.changedSince(since, BATCH);
        for (HelpRequest request : changed) {
            tell(request);
        }
        if (!changed.isEmpty()) {
            marks.swept(changed.get(changed.size() - 1).updatedAt());
        }
    }

    private void tell(HelpRequest request) {
        if (request.requester() == null || request.requester().chatKey() == null) {
            return;
        }
        int told = marks.toldUpTo(request.number());
        List<StatusChange> history = lifecycle.history(request.number());
        List<Reply> notices = new ArrayList<>();
        int last = told;
        for (StatusChange change : history) {
            if (change.seq() > told) {
                last = change.seq();
                notices.addAll(notice(request, change));
            }
        }
        if (last == told) {
            return;
        }
        try {
            if (!notices.isEmpty()) {
                delivery.send(request.requester().chatKey(), notices);
            }
            marks.told(request.number(), last);
        } catch (RuntimeException e) {
            log.warn("Requester of {} not told yet; retried next sweep", request.number(), e);
        }
    }

    private List<Reply> notice(HelpRequest request, StatusChange change) {
        String language = request.requester().language() == null
                ? "ru"
                : request.requester().language();
        String number = request.number();
        if (change.from() == change.to() || change.actor().role() == Actor.Role.REQUESTER) {
            return List.of(); // a change of holder only, or the requester's own cancel (answered already)
        }
        String text = switch (change.to()) {
            case ACCEPTED -> HqTexts.ACCEPTED.in(language).formatted(number);
            case VOLUNTEER_ASSIGNED ->
                HqTexts.VOLUNTEER
                        .in(language)
                        .formatted(number, change.comment() == null ? "" : ": " + change.comment());
            case IN_PROGRESS -> HqTexts.STARTED.in(language).formatted(number);
            case DONE -> null;
            case CANNOT_FULFIL ->
                HqTexts.NOT_FULFILLED
                        .in(language)
                        .formatted(
                                number,
                                change.comment() == null ? HqTexts.NO_REASON.in(language) : change.comment(),
                                chatSettings.hotline());
            case SUBMITTED -> HqTexts.BACK_IN_QUEUE.in(language).formatted(number);
            case CANCELLED ->
                ClosingReasons.STALE.equals(change.comment())
                        ? HqTexts.CLOSED_STALE.in(language).formatted(number, chatSettings.hotline())
                        : HqTexts.CANCELLED.in(language).formatted(number);
        };
        if (text == null) {
            return List.of(MongoRatings.ask(number, language));
        }
        return List.of(Reply.Message.plain(text));
    }
}
