package org.wearetogether.callbacks.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.access.Roles;
import org.wearetogether.callbacks.CallbacksSettings;
import org.wearetogether.callbacks.internal.Callback.Card;
import org.wearetogether.callbacks.internal.Callback.Post;
import org.wearetogether.chat.ChannelSender;
import org.wearetogether.chat.ChatDelivery;
import org.wearetogether.chat.DataExport;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;
import org.wearetogether.hq.HqRouting;
import org.wearetogether.regions.RegionCatalogue;

/**
 * Posts callback cards and edits them to their stub. A card goes to every hotline operator's private chat, or to
 * the region's HQ chats (the routing of request cards) while there are no operators; a late card goes to both. Cards
 * posted are kept on the callback until their stub is in place: the phone never stays in a chat after the callback
 * was paused or closed, except where the channel refused the edit for good (logged).
 */
final class CallbackCards {

    private static final Logger log = LoggerFactory.getLogger(CallbackCards.class);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/Moscow"));

    static final String PREFIX = "cb:";

    private final MongoCallbacks store;
    private final Roles roles;
    private final HqRouting routing;
    private final ChatDelivery delivery;
    private final RegionCatalogue regions;
    private final CallbacksSettings settings;

    CallbackCards(
            MongoCallbacks store,
            Roles roles,
            HqRouting routing,
            ChatDelivery delivery,
            RegionCatalogue regions,
            CallbacksSettings settings) {
        this.store = store;
        this.roles = roles;
        this.routing = routing;
        this.delivery = delivery;
        this.regions = regions;
        this.settings = settings;
    }

    /** Posts the card {@code c} owes; true when it is out (or nothing was owed). */
    boolean post(Callback c) {
        if (c.postOwed() == null || c.status() != Callback.Status.WAITING) {
            return true;
        }
        List<Card> targets = targets(c);
        boolean out = false;
        boolean later = false;
        for (Card target : targets) {
            try {
                String messageId = delivery.post(target.chatKey(), card(c, target.language()));
                store.cardPosted(c.id(), new Card(target.chatKey(), messageId, target.language()));
                out = true;
            } catch (ChannelSender.NotDelivered e) {
                log.warn("Callback card {} not posted to {}: {}", c.id(), target.chatKey(), e.getMessage());
                later |= !e.permanent();
            }
        }
        if (targets.isEmpty()) {
            log.warn("Callback {} has nobody to go to: no operators and no live HQ chat for {}", c.id(), c.region());
        }
        if (out || (!targets.isEmpty() && !later)) {
            store.posted(c);
            return true;
        }
        return false;
    }

    /** Edits every card of {@code c} still kept to its stub; those refused for good are given up. */
    void clean(Callback c) {
        if (c.status() == Callback.Status.WAITING) {
            return; // came back from a pause before its old cards were edited: they are cleaned when it closes
        }
        for (Card card : c.cards()) {
            Reply.Message stub = Reply.Message.plain(stub(c, card.language()));
            ChannelSender.Edited edited = delivery.editOrExplain(card.chatKey(), card.messageId(), stub);
            if (edited == ChannelSender.Edited.GIVEN_UP) {
                log.warn(
                        "Callback card {} in {} (message {}) could not be cleaned",
                        c.id(),
                        card.chatKey(),
                        card.messageId());
            }
            if (edited != ChannelSender.Edited.TRY_LATER) {
                store.cleaned(c.id(), card);
            }
        }
    }

    private List<Card> targets(Callback c) {
        List<Card> operators = new ArrayList<>();
        for (String userId : roles.operators()) {
            operators.add(new Card("telegram:" + userId, null, settings.operatorLanguage()));
        }
        List<Card> hq = routing.chatsFor(c.region()).stream()
                .map(t -> new Card(t.chatKey(), null, t.language()))
                .toList();
        if (c.postOwed() == Post.LATE) {
            List<Card> both = new ArrayList<>(operators);
            both.addAll(hq);
            return both;
        }
        return operators.isEmpty() ? hq : operators;
    }

    Reply.Message card(Callback c, String language) {
        String headline = switch (c.postOwed() == null ? Post.NEW : c.postOwed()) {
            case NEW -> CallbackTexts.NEW.in(language);
            case RETRY ->
                CallbackTexts.RETRY.in(language).formatted(CallbackLifecycle.attempt(c), settings.maxNoAnswers());
            case LATE ->
                CallbackTexts.LATE.in(language).formatted(settings.sla().toMinutes());
        };
        String body = CallbackTexts.CARD
                .in(language)
                .formatted(
                        c.id(),
                        c.phone(),
                        c.firstName() == null ? CallbackTexts.UNKNOWN.in(language) : c.firstName(),
                        ("en".equals(c.language()) ? CallbackTexts.LANGUAGE_EN : CallbackTexts.LANGUAGE_RU)
                                .in(language),
                        regionName(c.region(), language),
                        DataExport.shown(c.createdAt()),
                        CallbackLifecycle.attempt(c),
                        settings.maxNoAnswers());
        List<Reply.Button> row = List.of(
                button(CallbackTexts.CALLED, language, CallbackLifecycle.Press.CALLED, c),
                button(CallbackTexts.NO_ANSWER, language, CallbackLifecycle.Press.NO_ANSWER, c));
        List<Reply.Button> second = List.of(button(CallbackTexts.FILED, language, CallbackLifecycle.Press.FILED, c));
        return new Reply.Message(headline + "\n\n" + body, new Reply.Keyboard.Inline(List.of(row, second)));
    }

    String stub(Callback c, String language) {
        if (c.open()) {
            String at = TIME.format(c.dueAt()) + ("en".equals(language) ? " MSK" : " МСК");
            return CallbackTexts.STUB_PAUSED.in(language).formatted(c.id(), c.noAnswers(), settings.maxNoAnswers(), at);
        }
        String by = c.closedBy() == null ? "—" : c.closedBy();
        return switch (c.outcome()) {
            case CALLED -> CallbackTexts.STUB_CALLED.in(language).formatted(c.id(), by);
            case FILED -> CallbackTexts.STUB_FILED.in(language).formatted(c.id(), by);
            case NO_ANSWER -> CallbackTexts.STUB_GAVE_UP.in(language).formatted(c.id());
            case ERASED -> CallbackTexts.STUB_ERASED.in(language).formatted(c.id());
            case EXPIRED -> CallbackTexts.STUB_EXPIRED.in(language).formatted(c.id());
        };
    }

    private String regionName(String code, String language) {
        if (code == null) {
            return CallbackTexts.UNKNOWN.in(language);
        }
        return regions.byCode(code).map(r -> r.name(language)).orElse(code);
    }

    private static Reply.Button button(Texts label, String language, CallbackLifecycle.Press press, Callback c) {
        return new Reply.Button(label.in(language), PREFIX + press.code + ":" + c.id());
    }
}
