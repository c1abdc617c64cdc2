package org.wearetogether.hq.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.chat.ChannelSender;
import org.wearetogether.chat.ChatDelivery;
import org.wearetogether.hq.HqSettings;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.intake.StatusChange;

/**
 * Nothing waits unseen: an untaken request is announced again in its HQ chats, then escalated to the federal chat;
 * a taken request with no change for long reminds its holder. Due times are stored; a timer is claimed before it
 * acts (so it fires once also with several instances) and put back when posting failed for a passing reason. A
 * crash between claiming and posting loses that one announcement. Each timer checks the request as it is now.
 */
final class SlaTimers {

    private static final Logger log = LoggerFactory.getLogger(SlaTimers.class);
    private static final int BATCH = 100;

    private final MongoSla timers;
    private final HelpRequests requests;
    private final MongoHqChats chats;
    private final CardView view;
    private final ChatDelivery delivery;
    private final HqSettings settings;
    private final Clock clock;
    private final LostChats lost;
    private final ReleasingHolds holds;
    private final CleaningMessages cleaning;
    private Forwarding forwarding;
    private org.wearetogether.intake.RequestStatistics statistics;

    SlaTimers(
            MongoSla timers,
            HelpRequests requests,
            MongoHqChats chats,
            CardView view,
            ChatDelivery delivery,
            HqSettings settings,
            Clock clock,
            LostChats lost,
            ReleasingHolds holds,
            CleaningMessages cleaning) {
        this.cleaning = cleaning;
        this.lost = lost;
        this.holds = holds;
        this.timers = timers;
        this.requests = requests;
        this.chats = chats;
        this.view = view;
        this.delivery = delivery;
        this.settings = settings;
        this.clock = clock;
    }

    /** Forwarding posts escalation cards; set once at wiring (the two refer to each other). */
    void use(Forwarding forwardingToUse) {
        this.forwarding = forwardingToUse;
    }

    /** Where the timers that acted are counted as SLA breaches; set once at wiring (none: not counted). */
    void countIn(org.wearetogether.intake.RequestStatistics statisticsToUse) {
        this.statistics = statisticsToUse;
    }

    /** A request was forwarded: its untaken timers start from its creation. */
    void started(HelpRequest request) {
        if (request.status() == RequestStatus.SUBMITTED) {
            timers.armOnce(
                    request.number(), reannounceAt(request, request.createdAt()), escalateAt(request.createdAt()));
        }
    }

    /** A status changed: the timers follow the new status. */
    void changed(HelpRequest request, StatusChange change) {
        RequestStatus to = change.to();
        if (!to.open()) {
            timers.clear(request.number());
        } else if (to == RequestStatus.SUBMITTED) {
            timers.arm(request.number(), reannounceAt(request, change.at()), escalateAt(change.at()), null);
        } else {
            timers.arm(request.number(), null, null, change.at().plus(settings.remindHolderAfter()));
        }
    }

    /** Fires every due timer; returns how many acted. */
    int fireDue() {
        int fired = 0;
        Instant now = clock.instant();
        for (MongoSla.Kind kind : MongoSla.Kind.values()) {
            for (MongoSla.Due due : timers.due(kind, now, BATCH)) {
                if (timers.claim(due) && fire(due)) {
                    fired++;
                }
            }
        }
        return fired;
    }

    private boolean fire(MongoSla.Due due) {
        HelpRequest request = requests.byNumber(due.number()).orElse(null);
        if (request == null) {
            return false;
        }
        try {
            boolean acted = switch (due.kind()) {
                case REANNOUNCE -> reannounce(request);
                case ESCALATE -> escalate(request);
                case REMIND -> remind(request);
            };
            if (acted) {
                counted(request, due);
            }
            return acted;
        } catch (ChannelSender.NotDelivered e) {
            log.warn("SLA timer {} of {} put back: {}", due.kind(), due.number(), e.getMessage());
            if (!e.permanent()) {
                timers.release(due);
            }
            return false;
        }
    }

    /** Statistics are not worth a lost timer: a failure to count is logged, and the breach is not counted. */
    private void counted(HelpRequest request, MongoSla.Due due) {
        if (statistics == null) {
            return;
        }
        var kind = switch (due.kind()) {
            case REANNOUNCE -> org.wearetogether.intake.RequestStatistics.SlaBreach.REANNOUNCED;
            case ESCALATE -> org.wearetogether.intake.RequestStatistics.SlaBreach.ESCALATED;
            case REMIND -> org.wearetogether.intake.RequestStatistics.SlaBreach.HOLDER_REMINDED;
        };
        try {
            statistics.slaBreached(request.number(), request.regionCode(), kind, due.at());
        } catch (RuntimeException e) {
            log.warn("SLA breach {} of {} not counted: {}", kind, request.number(), e.toString());
        }
    }

    private boolean reannounce(HelpRequest request) {
        if (!untaken(request)) {
            return false;
        }
        List<HqChat> targets = Forwarding.targets(chats.all(), request.regionCode());
        boolean announced = false;
        for (HqChat chat : targets) {
            try {
                String messageId = delivery.post(
                        chat.chatKey(), view.card(request, chat.language(), HqTexts.STILL_WAITING.in(chat.language())));
                cleaning.posted(
                        request.number(),
                        new PostedMessage(
                                chat.chatKey(), messageId, chat.language(), PostedMessage.Kind.REANNOUNCEMENT));
                announced = true;
            } catch (ChannelSender.NotDelivered e) {
                if (!e.chatGone()) {
                    throw e;
                }
                lost.lost(chat, e); // the next timer finds the chats that are left
            }
        }
        return announced;
    }

    private boolean escalate(HelpRequest request) {
        if (!untaken(request)) {
            return false;
        }
        List<HqChat> federal =
                Forwarding.live(chats.all()).stream().filter(HqChat::federal).toList();
        for (HqChat chat : federal) {
            String headline =
                    HqTexts.ESCALATED.in(chat.language()).formatted(hours(settings.escalateAfter(), chat.language()));
            forwarding.postOnce(request, chat, headline);
        }
        return !federal.isEmpty();
    }

    private boolean remind(HelpRequest request) {
        if (!request.status().open()
                || request.status() == RequestStatus.SUBMITTED
                || request.holder() == null
                || !CardButtons.isPerson(request.holder())) {
            return false;
        }
        if (holds.heldByFormerCoordinator(request)) {
            // the event that should have returned it was lost: return it now instead of reminding them
            return holds.release(request, Actor.SYSTEM);
        }
        // the holder's own language is not known: the language their region's HQ chat works in
        String language = Forwarding.targets(chats.all(), request.regionCode()).stream()
                .map(HqChat::language)
                .findFirst()
                .orElse("ru");
        String text = HqTexts.REMIND_HOLDER
                .in(language)
                .formatted(request.number(), hours(settings.remindHolderAfter(), language));
        delivery.send("telegram:" + request.holder().id(), List.of(org.wearetogether.dialog.Reply.Message.plain(text)));
        return true;
    }

    private static boolean untaken(HelpRequest request) {
        return request.status() == RequestStatus.SUBMITTED && request.holder() == null;
    }

    private Instant reannounceAt(HelpRequest request, Instant from) {
        boolean today = "today".equals(request.urgency());
        return from.plus(today ? settings.reannounceTodayAfter() : settings.reannounceAfter());
    }

    private Instant escalateAt(Instant from) {
        return from.plus(settings.escalateAfter());
    }

    private static String hours(Duration d, String language) {
        long minutes = d.toMinutes();
        boolean ru = !"en".equals(language);
        return minutes % 60 == 0 ? minutes / 60 + (ru ? " ч" : " h") : minutes + (ru ? " мин" : " min");
    }
}
