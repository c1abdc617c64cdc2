package org.wearetogether.hq.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.chat.ChannelSender;
import org.wearetogether.chat.ChatDelivery;
import org.wearetogether.chat.QuietHours;
import org.wearetogether.dialog.Reply;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequests;
import org.wearetogether.intake.RequestLifecycle;
import org.wearetogether.intake.RequestNote;
import org.wearetogether.intake.RequestNotes;

/**
 * Relays a request's notes: the requester's messages ({@link RequestNote.Kind#FROM_REQUESTER}) and details a second
 * filer added ({@link RequestNote.Kind#DETAILS_ADDED}) to the holder's private chat, or to the region's HQ chats while
 * nobody (no person) holds it; the HQ's answers ({@link RequestNote.Kind#FROM_HQ}) to the requester. Driven by the
 * stored notes, like {@link RequesterNotices}: a sweep reads the requests changed since it last looked, sends each
 * way the notes not yet told, in order, and records per note how far it told, so a crash between sending and
 * recording repeats one note once and loses none. Notes that cannot go now (the Bot API fails, no live HQ chat, quiet
 * hours at the requester's) keep their request in a small list of owed ones, looked at again when due.
 *
 * <p>Messages to the HQ are never held for quiet hours: staff chose to take requests and mute their chats as they
 * like. Messages to the requester wait for the end of the quiet hours in the request's region, unless the request is
 * wanted today.
 */
final class NoteRelay {

    private static final Logger log = LoggerFactory.getLogger(NoteRelay.class);
    static final String SWEEP = "note-relay";
    private static final int BATCH = 200;
    private static final Duration OVERLAP = Duration.ofSeconds(30);
    private static final Duration FIRST_LOOK = Duration.ofDays(1);
    /** After a passing failure (Bot API, no live HQ chat) the request's notes are tried again this much later. */
    static final Duration RETRY = Duration.ofSeconds(30);

    private static final String TODAY = "today";

    /** What came of relaying one note. */
    enum Relayed {
        /** Delivered (or it will never be: logged); told. */
        DONE,
        /** Not now; the note and the ones after it wait. */
        LATER
    }

    private final RequestLifecycle lifecycle;
    private final HelpRequests requests;
    private final RequestNotes notes;
    private final MongoNoticeMarks marks;
    private final MongoHqChats chats;
    private final ChatDelivery delivery;
    private final LostChats lost;
    private final CleaningMessages cleaning;
    private final QuietHours quiet;
    private final Function<String, ZoneId> zoneOfRegion;
    private final Clock clock;

    NoteRelay(
            RequestLifecycle lifecycle,
            HelpRequests requests,
            RequestNotes notes,
            MongoNoticeMarks marks,
            MongoHqChats chats,
            ChatDelivery delivery,
            LostChats lost,
            CleaningMessages cleaning,
            QuietHours quiet,
            Function<String, ZoneId> zoneOfRegion,
            Clock clock) {
        this.lifecycle = lifecycle;
        this.requests = requests;
        this.notes = notes;
        this.marks = marks;
        this.chats = chats;
        this.delivery = delivery;
        this.lost = lost;
        this.cleaning = cleaning;
        this.quiet = quiet;
        this.zoneOfRegion = zoneOfRegion;
        this.clock = clock;
    }

    void sweep() {
        Instant now = clock.instant();
        Instant since = marks.sweptUpTo(SWEEP, now.minus(FIRST_LOOK)).minus(OVERLAP);
        List<String> owedDue = marks.notesOwedDue(now, BATCH);
        List<HelpRequest> changed = lifecycle.changedSince(since, BATCH);
        Set<String> seen = new HashSet<>();
        for (HelpRequest request : changed) {
            seen.add(request.number());
            relay(request, now, owedDue.contains(request.number()));
        }
        if (!changed.isEmpty()) {
            marks.swept(SWEEP, changed.get(changed.size() - 1).updatedAt());
        }
        for (String number : owedDue) {
            if (seen.contains(number)) {
                continue;
            }
            HelpRequest request = requests.byNumber(number).orElse(null);
            if (request == null) {
                marks.notesSettled(number);
            } else {
                relay(request, now, true);
            }
        }
    }

    /** Sends what the request's notes still owe each way; keeps it among the owed ones while some wait. */
    private void relay(HelpRequest request, Instant now, boolean wasOwed) {
        String number = request.number();
        List<RequestNote> all = notes.notes(number);
        if (all.isEmpty()) {
            if (wasOwed) {
                marks.notesSettled(number);
            }
            return;
        }
        MongoNoticeMarks.NotesTold told = marks.notesTold(number);
        Instant retryAt = null;
        for (RequestNote note : all) {
            if (note.kind() == RequestNote.Kind.FROM_HQ || note.seq() <= told.toHq()) {
                continue;
            }
            if (toHq(request, note) == Relayed.LATER) {
                retryAt = now.plus(RETRY);
                break;
            }
            marks.noteToldToHq(number, note.seq());
        }
        for (RequestNote note : all) {
            if (note.kind() != RequestNote.Kind.FROM_HQ || note.seq() <= told.toRequester()) {
                continue;
            }
            Instant wait = waitForRequester(request, now);
            if (wait != null) {
                retryAt = retryAt == null || wait.isBefore(retryAt) ? wait : retryAt;
                break;
            }
            if (toRequester(request, note) == Relayed.LATER) {
                Instant soon = now.plus(RETRY);
                retryAt = retryAt == null || soon.isBefore(retryAt) ? soon : retryAt;
                break;
            }
            marks.noteToldToRequester(number, note.seq());
        }
        if (retryAt != null) {
            marks.notesOwed(number, retryAt);
        } else if (wasOwed) {
            marks.notesSettled(number);
        }
    }

    /** When the requester may be written to, if not now: the end of quiet hours in the region (not for today). */
    Instant waitForRequester(HelpRequest request, Instant now) {
        if (TODAY.equals(request.urgency())) {
            return null;
        }
        ZoneId zone = zoneOfRegion.apply(request.regionCode());
        return quiet.quiet(zone, now) ? quiet.end(zone.getId(), now) : null;
    }

    private Relayed toRequester(HelpRequest request, RequestNote note) {
        HelpRequest.Requester requester = request.requester();
        if (requester == null || requester.chatKey() == null) {
            return Relayed.DONE; // filed by an operator for a caller, or erased: nobody to tell in a chat
        }
        String language = requester.language() == null ? "ru" : requester.language();
        String text = HqTexts.NOTE_FROM_HQ.in(language).formatted(request.number(), note.text());
        Reply.Keyboard keyboard = request.status().open()
                ? new Reply.Keyboard.Inline(List.of(List.of(new Reply.Button(
                        HqTexts.NOTE_REPLY.in(language), RequestNotes.WRITE_BUTTON + request.number()))))
                : Reply.Keyboard.NONE;
        try {
            // kept with the chat's owed replies when the Bot API is down: the channel sends it when it is back
            delivery.send(requester.chatKey(), List.of(new Reply.Message(text, keyboard)));
            return Relayed.DONE;
        } catch (RuntimeException e) {
            log.warn("Note {} of {} not told to the requester yet: {}", note.seq(), request.number(), e.toString());
            return Relayed.LATER;
        }
    }

    /** To the holder privately when a person holds it (their chat refused for good: the HQ chats), else the HQ chats. */
    private Relayed toHq(HelpRequest request, RequestNote note) {
        List<HqChat> targets = Forwarding.targets(chats.all(), request.regionCode());
        String language = targets.isEmpty() ? "ru" : targets.get(0).language();
        Actor holder = request.holder();
        if (holder != null && CardButtons.isPerson(holder)) {
            String privateChat = "telegram:" + holder.id();
            try {
                post(request, note, privateChat, language);
                return Relayed.DONE;
            } catch (ChannelSender.NotDelivered e) {
                if (!e.permanent()) {
                    log.warn(
                            "Note {} of {} not told to its holder yet: {}",
                            note.seq(),
                            request.number(),
                            e.getMessage());
                    return Relayed.LATER;
                }
                log.warn(
                        "The holder of {} cannot be reached ({}): note {} goes to the HQ chats",
                        request.number(),
                        e.getMessage(),
                        note.seq());
            }
        }
        if (targets.isEmpty()) {
            return Relayed.LATER; // waits for a live HQ chat, as the request's card does
        }
        boolean there = false;
        boolean later = false;
        for (HqChat chat : targets) {
            try {
                post(request, note, chat.chatKey(), chat.language());
                there = true;
            } catch (ChannelSender.NotDelivered e) {
                if (e.chatGone()) {
                    lost.lost(chat, e);
                    later = true;
                } else if (!e.permanent()) {
                    later = true;
                } else {
                    log.error(
                            "Note {} of {} refused by {}: {}",
                            note.seq(),
                            request.number(),
                            chat.chatKey(),
                            e.getMessage());
                }
            }
        }
        return there || !later ? Relayed.DONE : Relayed.LATER;
    }

    private void post(HelpRequest request, RequestNote note, String chatKey, String language) {
        boolean fromRequester = note.kind() == RequestNote.Kind.FROM_REQUESTER;
        String text = (fromRequester ? HqTexts.NOTE_FROM_REQUESTER : HqTexts.NOTE_DETAILS_ADDED)
                .in(language)
                .formatted(request.number(), note.text());
        Reply.Keyboard keyboard = fromRequester && request.status().open()
                ? new Reply.Keyboard.Inline(List.of(List.of(
                        new Reply.Button(HqTexts.NOTE_REPLY.in(language), MongoHqReplies.REPLY + request.number()))))
                : Reply.Keyboard.NONE;
        String messageId = delivery.post(chatKey, new Reply.Message(text, keyboard));
        // the text is the requester's own words: cleaned to a stub with the request's other messages when it ends
        cleaning.posted(request.number(), new PostedMessage(chatKey, messageId, language, PostedMessage.Kind.NOTE));
    }
}
