package org.wearetogether.hq.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.chat.ChannelSender;
import org.wearetogether.chat.ChatDelivery;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.intake.RequestStatus;

/**
 * Posts each new request to its region's live HQ chats (or the live federal chat when the region has none) and only
 * once a chat has its card marks it forwarded. A chat found gone while posting is marked dead (or followed to its new
 * id) and the request goes where it can. Only requests that can be routed are read, so any number that cannot never
 * holds back the others. The cards collection is unique on number and chat, so a chat gets one card per request; a
 * crash after posting and before storing the card re-posts that one card once.
 */
final class Forwarding {

    private static final Logger log = LoggerFactory.getLogger(Forwarding.class);
    private static final int BATCH = 200;
    /** Chats lost one after another while posting one request (a moved group, then the federal chat gone...). */
    private static final int MAX_ROUNDS = 3;

    private static final Set<RequestStatus> OPEN = Set.of(
            RequestStatus.SUBMITTED,
            RequestStatus.ACCEPTED,
            RequestStatus.VOLUNTEER_ASSIGNED,
            RequestStatus.IN_PROGRESS);

    /** What came of posting a card to one chat. */
    enum Posted {
        /** The chat has the card now (posted, or it had it). */
        THERE,
        /** The chat cannot be reached for good; its binding was marked dead or moved. */
        CHAT_GONE,
        /** Telegram refused this card for good (not the chat); retried next sweep. */
        REFUSED
    }

    private final RequestLifecycle lifecycle;
    private final HelpRequests requests;
    private final MongoHqChats chats;
    private final MongoCards cards;
    private final CardView view;
    private final ChatDelivery delivery;
    private final SlaTimers sla;
    private final LostChats lost;
    private final CleaningMessages cleaning;
    private final Clock clock;

    Forwarding(
            RequestLifecycle lifecycle,
            HelpRequests requests,
            MongoHqChats chats,
            MongoCards cards,
            CardView view,
            ChatDelivery delivery,
            SlaTimers sla,
            LostChats lost,
            CleaningMessages cleaning,
            Clock clock) {
        this.cleaning = cleaning;
        this.lifecycle = lifecycle;
        this.requests = requests;
        this.chats = chats;
        this.cards = cards;
        this.view = view;
        this.delivery = delivery;
        this.sla = sla;
        this.lost = lost;
        this.clock = clock;
    }

    /** Forwards the requests not yet forwarded; a request whose posting failed stays for the next sweep. */
    void forwardNew() {
        Routes routes = new Routes();
        for (HelpRequest request : routable(routes.live)) {
            try {
                if (forward(request, routes)) {
                    sla.started(request);
                    lifecycle.markForwarded(request.number(), clock.instant());
                }
            } catch (ChannelSender.NotDelivered e) {
                log.warn("Request {} not forwarded yet, retried next sweep: {}", request.number(), e.getMessage());
            }
        }
    }

    /** The oldest unforwarded requests that a live chat can take: all when a federal chat is live. */
    private List<HelpRequest> routable(List<HqChat> live) {
        if (live.isEmpty()) {
            return List.of();
        }
        if (live.stream().anyMatch(HqChat::federal)) {
            return lifecycle.unforwarded(BATCH);
        }
        Set<String> regions = new TreeSet<>();
        live.forEach(c -> regions.add(c.region()));
        return lifecycle.unforwardedIn(regions, BATCH);
    }

    /**
     * Posts to the request's targets; when all of them turn out gone, to the targets left after that (the federal
     * chat, or the chat a group moved to).
     */
    private boolean forward(HelpRequest request, Routes routes) {
        for (int round = 0; round <= MAX_ROUNDS; round++) {
            List<HqChat> targets = targets(routes.live, request.regionCode());
            if (targets.isEmpty()) {
                return false;
            }
            boolean there = false;
            boolean gone = false;
            for (HqChat chat : targets) {
                Posted posted = postOnce(request, chat, chat.federal() ? HqTexts.UNROUTED.in(chat.language()) : null);
                there |= posted == Posted.THERE;
                gone |= posted == Posted.CHAT_GONE;
            }
            if (gone) {
                routes.reload();
            }
            if (there || !gone) {
                return there;
            }
        }
        return false;
    }

    /** The live chats as this sweep knows them; read again from the store once a chat was lost. */
    private final class Routes {
        private List<HqChat> live = live(chats.all());

        void reload() {
            live = live(chats.all());
        }
    }

    /** Posts the open requests of a region to its newly bound (or revived, or moved) chats. */
    void backfill() {
        for (HqChat chat : chats.notBackfilled()) {
            if (!chat.alive()) {
                continue; // back-filled once it is alive again
            }
            if (!chat.federal() && !backfilled(chat)) {
                continue;
            }
            chats.backfilled(chat.chatKey());
        }
    }

    private boolean backfilled(HqChat chat) {
        var query = new RequestLifecycle.Query(OPEN, null, null, 0, 200);
        try {
            for (HelpRequest request : lifecycle.inRegion(chat.region(), query)) {
                if (postOnce(request, chat, null) == Posted.CHAT_GONE) {
                    return false;
                }
            }
            return true;
        } catch (ChannelSender.NotDelivered e) {
            log.warn("Back-fill of {} stopped, retried next sweep: {}", chat.chatKey(), e.getMessage());
            return false;
        }
    }

    static List<HqChat> live(List<HqChat> all) {
        return all.stream().filter(HqChat::alive).toList();
    }

    /** The region's live chats, or the live federal chats when it has none. */
    static List<HqChat> targets(List<HqChat> all, String region) {
        List<HqChat> live = live(all);
        List<HqChat> regional =
                live.stream().filter(c -> c.region().equals(region)).toList();
        return regional.isEmpty() ? live.stream().filter(HqChat::federal).toList() : regional;
    }

    /**
     * Posts the card unless the chat has it. A chat gone for good is marked dead (or followed when it moved) and
     * gets no card; a passing failure is thrown ({@link ChannelSender.NotDelivered}).
     */
    Posted postOnce(HelpRequest request, HqChat chat, String headline) {
        if (cards.has(request.number(), chat.chatKey())) {
            return Posted.THERE;
        }
        String messageId;
        try {
            messageId = delivery.post(chat.chatKey(), view.card(request, chat.language(), headline));
        } catch (ChannelSender.NotDelivered e) {
            if (e.chatGone()) {
                lost.lost(chat, e);
                return Posted.CHAT_GONE;
            }
            if (!e.permanent()) {
                throw e;
            }
            log.error("The card of {} was refused by {}: {}", request.number(), chat.chatKey(), e.getMessage());
            return Posted.REFUSED;
        }
        cards.save(new Card(request.number(), chat.chatKey(), messageId, chat.language()));
        cleaning.posted(
                request.number(),
                new PostedMessage(chat.chatKey(), messageId, chat.language(), PostedMessage.Kind.CARD));
        catchUp(request, chat, messageId);
        return Posted.THERE;
    }

    /**
     * A change made while the card was on its way (taken from the console, cancelled by the requester) found no card to
     * edit: the card, now recorded, is edited once to the request as it is.
     */
    private void catchUp(HelpRequest posted, HqChat chat, String messageId) {
        try {
            requests.byNumber(posted.number())
                    .filter(now ->
                            now.version() != posted.version() && now.status().open())
                    .map(now -> delivery.editOrExplain(chat.chatKey(), messageId, view.card(now, chat.language())))
                    .filter(edited -> edited != ChannelSender.Edited.DONE)
                    .ifPresent(edited -> log.warn(
                            "Card of {} in {} not brought up to date ({}); the next change edits it",
                            posted.number(),
                            chat.chatKey(),
                            edited));
        } catch (RuntimeException e) {
            log.warn("Card of {} in {} not brought up to date", posted.number(), chat.chatKey(), e);
        }
    }
}
