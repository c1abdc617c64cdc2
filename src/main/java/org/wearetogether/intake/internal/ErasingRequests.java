package org.wearetogether.intake.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.wearetogether.chat.Pseudonyms;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.RequestErased;
import org.wearetogether.intake.RequestErasure;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.intake.RequestStatus;

/**
 * Erases requests one at a time: cancel through the lifecycle, erase in one write that also notes the event owed,
 * publish {@link RequestErased}, mark it told. A process that stops between the write and the publication leaves the
 * note; {@link #publishOwed} (a sweep) publishes it later, so listeners may hear an erasure twice and must not mind.
 */
final class ErasingRequests implements RequestErasure {

    /** The status reason of a request cancelled because its data is being erased (no personal data in it). */
    static final String REASON = "personal data deleted";

    /** An erasure younger than this is still being published by the call that erased it. */
    static final Duration GRACE = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(ErasingRequests.class);
    private static final int OWED_BATCH = 100;

    private final MongoHelpRequests requests;
    private final RequestLifecycle lifecycle;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Pseudonyms pseudonyms;
    private final java.util.function.Consumer<HelpRequest> beforeErasure;

    ErasingRequests(
            MongoHelpRequests requests,
            RequestLifecycle lifecycle,
            ApplicationEventPublisher events,
            Clock clock,
            Pseudonyms pseudonyms) {
        this(requests, lifecycle, events, clock, pseudonyms, request -> {});
    }

    /**
     * With {@code beforeErasure}: what must forget the request while its personal data can still find it (the
     * beneficiary's phone in {@code requests_by_phone}); a failure there is logged, the erasure goes on.
     */
    ErasingRequests(
            MongoHelpRequests requests,
            RequestLifecycle lifecycle,
            ApplicationEventPublisher events,
            Clock clock,
            Pseudonyms pseudonyms,
            java.util.function.Consumer<HelpRequest> beforeErasure) {
        this.beforeErasure = beforeErasure;
        this.pseudonyms = pseudonyms;
        this.requests = requests;
        this.lifecycle = lifecycle;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Outcome erase(String number, Actor by, RequestErased.Why why) {
        Optional<HelpRequest> found = requests.byNumber(number);
        if (found.isEmpty()) {
            return new NotFound();
        }
        if (requests.erased(number)) {
            return new AlreadyErased();
        }
        boolean cancelled = found.get().status().open() && cancel(number, by);
        try {
            beforeErasure.accept(found.get());
        } catch (RuntimeException e) {
            // what it keeps holds no personal data, and a stale entry is ignored and removed when read
            log.warn("Request {}: could not forget it before its erasure; it is dropped when next read", number, e);
        }
        HelpRequest.Requester requester = found.get().requester();
        // the same token /privacy gives the person (by user id); a request without one (filed for a caller) by chat
        String pseudonym = pseudonyms.of(
                requester == null
                        ? number
                        : requester.userId() != null ? requester.userId() : String.valueOf(requester.chatKey()));
        if (!requests.eraseOne(number, why.name(), clock.instant(), pseudonym)) {
            return new AlreadyErased(); // another erasure of the same request won the race and publishes
        }
        publish(number, why);
        log.info("Erased the personal data of request {} ({})", number, why);
        return new Erased(number, cancelled);
    }

    private boolean cancel(String number, Actor by) {
        RequestLifecycle.Outcome outcome =
                lifecycle.change(number, by, RequestStatus.CANCELLED, REASON, clock.instant());
        if (!(outcome instanceof RequestLifecycle.Changed)) {
            // closed meanwhile (done, or cancelled by someone else): erasing is still right
            log.info("Request {} not cancelled before its erasure: {}", number, outcome);
            return false;
        }
        return true;
    }

    @Override
    public long pseudonymiseActor(String actorId, String pseudonym) {
        return requests.pseudonymiseActor(actorId, pseudonym);
    }

    /** Publishes the erasures a stopped process did not; returns how many. */
    int publishOwed() {
        int published = 0;
        for (MongoHelpRequests.OwedErasure owed :
                requests.erasuresOwed(clock.instant().minus(GRACE), OWED_BATCH)) {
            publish(owed.number(), RequestErased.Why.valueOf(owed.why()));
            published++;
        }
        return published;
    }

    private void publish(String number, RequestErased.Why why) {
        try {
            events.publishEvent(new RequestErased(number, why));
            requests.erasureTold(number);
        } catch (RuntimeException e) {
            // the note stays: the sweep publishes it again
            log.warn("RequestErased of {} not published yet; the sweep retries", number, e);
        }
    }
}
