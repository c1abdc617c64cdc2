package org.wearetogether.hq.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.wearetogether.chat.ChannelSender;
import org.wearetogether.chat.ChatDelivery;
import org.wearetogether.intake.RequestErased;
import org.wearetogether.intake.RequestStatusChanged;
import org.wearetogether.jobs.Jobs;

/**
 * Cleans every message the bot posted about a request (cards, re-announcements, escalations, "Show contacts") once the
 * request ends or its data is erased: each is edited to a short stub without personal data ("Request No. MOW-000123 —
 * done. Details removed."). The ids are stored when posted ({@link #posted}); the end marks the request due and the
 * HQ sweep (one lease-aware job) does the edits. An edit that fails for a passing reason (5xx, 429, no answer) is
 * tried again with back-off until it succeeds; one Telegram refuses for good (400: message gone or too old to edit;
 * 403: the bot was removed) is recorded as given up and counted, never tried again. What is done is stored, so a
 * restart repeats nothing and forgets nothing.
 */
final class CleaningMessages {

    private static final Logger log = LoggerFactory.getLogger(CleaningMessages.class);
    private static final int BATCH = 50;
    /** A claimed request is due again after this if the pass never finishes (a crash). */
    private static final Duration CLAIM = Duration.ofMinutes(5);

    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_RETRY = Duration.ofHours(1);

    private final MongoPostedMessages store;
    private final CardView view;
    private final ChatDelivery delivery;
    private final Jobs jobs;
    private final Clock clock;
    private final Counter cleaned;
    private final Counter givenUp;
    private final Counter postponed;
    private volatile Instant pausedUntil = Instant.MIN;

    CleaningMessages(
            MongoPostedMessages store,
            CardView view,
            ChatDelivery delivery,
            Jobs jobs,
            Clock clock,
            MeterRegistry registry) {
        this.store = store;
        this.view = view;
        this.delivery = delivery;
        this.jobs = jobs;
        this.clock = clock;
        MeterRegistry meters = registry == null ? new SimpleMeterRegistry() : registry;
        this.cleaned = counter(meters, "cleaned", "Messages about ended requests edited to a stub");
        this.givenUp = counter(
                meters, "given_up", "Messages about ended requests that could not be cleaned for good (gone, too old)");
        this.postponed = counter(meters, "retried", "Edits to clean a message that failed for a passing reason");
    }

    private static Counter counter(MeterRegistry registry, String outcome, String description) {
        return Counter.builder("together.hq.messages.cleaning")
                .tag("outcome", outcome)
                .description(description)
                .register(registry);
    }

    /** A message about {@code number} was posted: stored, and cleaned at once when the request has ended already. */
    void posted(String number, PostedMessage message) {
        try {
            if (store.record(number, message)) {
                store.due(number, clock.instant());
                nudge();
            }
        } catch (RuntimeException e) {
            log.error("Message {} about {} not recorded: it will not be cleaned", message.key(), number, e);
        }
    }

    @EventListener
    void on(RequestStatusChanged event) {
        if (!event.change().to().open()) {
            ended(
                    event.request().number(),
                    RequestEnd.of(event.change().to()),
                    Reasons.idOf(event.request().statusReason()),
                    false);
        }
    }

    @EventListener
    void on(RequestErased event) {
        ended(event.number(), RequestEnd.ERASED, null, true);
    }

    private void ended(String number, RequestEnd end, String reasonId, boolean onlyIfPosted) {
        try {
            if (store.end(number, end, reasonId, onlyIfPosted)) {
                store.due(number, clock.instant());
                nudge();
            }
        } catch (RuntimeException e) {
            log.error("The messages of {} were not marked for cleaning", number, e);
        }
    }

    /**
     * The request's cards to keep current, read by its number; none once it has ended or was erased (its messages
     * are cleaned or due to be, and nothing may show the card again).
     */
    java.util.List<Card> liveCards(String number) {
        return store.of(number)
                .filter(p -> p.end() == null)
                .map(p -> p.messages().stream()
                        .filter(m -> m.kind() == PostedMessage.Kind.CARD)
                        .map(m -> new Card(number, m.chatKey(), m.messageId(), m.language()))
                        .toList())
                .orElse(java.util.List.of());
    }

    /**
     * Cleans the messages of the requests due; returns how many messages were cleaned. After an edit failed for a
     * passing reason the sweep stops and cleaning pauses for {@link #FIRST_RETRY}: while the Bot API is down, each edit
     * waits out the channel's own retries, and a sweep full of them would hold back the other HQ sweeps (forwarding).
     * The pause is only kept in memory; what is due is in the store.
     */
    int cleanDue() {
        if (clock.instant().isBefore(pausedUntil)) {
            return 0;
        }
        int done = 0;
        for (MongoPostedMessages.Due due : store.dueAt(clock.instant(), BATCH)) {
            done += clean(due);
            if (clock.instant().isBefore(pausedUntil)) {
                break;
            }
        }
        return done;
    }

    private int clean(MongoPostedMessages.Due due) {
        String claim = store.claim(due.number(), clock.instant().plus(CLAIM));
        MongoPostedMessages.Posted posted = store.of(due.number()).orElse(null);
        if (posted == null || posted.end() == null) {
            store.finished(due.number(), claim);
            return 0;
        }
        int done = 0;
        for (PostedMessage message : posted.pending()) {
            switch (clean(posted, message)) {
                case CLEANED -> done++;
                case GIVEN_UP -> {}
                case LATER -> {
                    int tries = due.tries() + 1;
                    store.later(due.number(), claim, clock.instant().plus(backOff(tries)), tries);
                    pausedUntil = clock.instant().plus(FIRST_RETRY);
                    return done;
                }
            }
        }
        store.finished(due.number(), claim);
        return done;
    }

    private enum Outcome {
        CLEANED,
        GIVEN_UP,
        LATER
    }

    private Outcome clean(MongoPostedMessages.Posted posted, PostedMessage message) {
        ChannelSender.Edited edited = delivery.editOrExplain(
                message.chatKey(),
                message.messageId(),
                view.cleaned(posted.number(), posted.end(), posted.reasonId(), message.language()));
        return switch (edited) {
            case DONE -> {
                store.cleaned(posted.number(), message);
                cleaned.increment();
                yield Outcome.CLEANED;
            }
            case GIVEN_UP -> {
                log.warn(
                        "Message {} about {} cannot be cleaned (refused for good), given up",
                        message.key(),
                        posted.number());
                store.givenUp(posted.number(), message);
                givenUp.increment();
                yield Outcome.GIVEN_UP;
            }
            case TRY_LATER -> {
                log.info("Message {} about {} not cleaned yet, tried again later", message.key(), posted.number());
                postponed.increment();
                yield Outcome.LATER;
            }
        };
    }

    /** 1, 2, 4 ... minutes, at most an hour. */
    static Duration backOff(int tries) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(tries - 1, 10));
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }

    private void nudge() {
        jobs.nudge(HqWork.NAME);
    }
}
