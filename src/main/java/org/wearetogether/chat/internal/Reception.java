package org.wearetogether.chat.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.chat.ChatCommand;
import org.wearetogether.chat.FrontDesk;
import org.wearetogether.chat.Inbound;
import org.wearetogether.chat.OwedReply;
import org.wearetogether.chat.StoreUnavailable;
import org.wearetogether.dialog.Reply;
import org.wearetogether.storage.MongoErrors;

/**
 * Applies each input exactly once: the chat's record remembers the last input applied and the replies it owed, and
 * the new record is written in one version-guarded write together with the input's id. The guarantee therefore lives
 * in the store, not in this process, and holds when several instances share one database.
 */
final class Reception implements FrontDesk {

    private static final Logger log = LoggerFactory.getLogger(Reception.class);
    private static final int MAX_ATTEMPTS = 8;

    private final Chats chats;
    private final Responding responding;
    private final Collection<ChatCommand> featureCommands;
    private final Clock clock;
    /** Makes the {@code /mydata} files owed as {@link Reply.Deferred}; null where none is wired (some tests). */
    private final PersonalExport export;

    Reception(Chats chats, Responding responding, Collection<ChatCommand> featureCommands, Clock clock) {
        this(chats, responding, featureCommands, clock, null);
    }

    Reception(
            Chats chats,
            Responding responding,
            Collection<ChatCommand> featureCommands,
            Clock clock,
            PersonalExport export) {
        this.export = export;
        this.chats = chats;
        this.responding = responding;
        this.featureCommands = List.copyOf(featureCommands);
        this.clock = clock;
    }

    @Override
    public List<Reply> handle(Inbound inbound) {
        try {
            return apply(inbound);
        } catch (RuntimeException e) {
            if (MongoErrors.isUnreachable(e)) {
                throw new StoreUnavailable(
                        "The store is unreachable; update " + inbound.updateId() + " was not applied", e);
            }
            throw e;
        }
    }

    private List<Reply> apply(Inbound inbound) {
        String chatKey = inbound.person().chatKey();
        for (int attempt = 1; ; attempt++) {
            ChatRecord record = chats.load(chatKey);
            if (inbound.updateId() <= record.lastUpdateId()) {
                return redelivered(record, inbound);
            }
            Instant now = clock.instant();
            Response response = responding.respond(record, inbound, now);
            ChatRecord next = response.record().applied(inbound.updateId(), inbound.person(), response.replies(), now);
            if (chats.save(next)) {
                return response.replies();
            }
            if (attempt == MAX_ATTEMPTS) {
                throw new IllegalStateException(
                        "Chat " + chatKey + " keeps changing under update " + inbound.updateId());
            }
        }
    }

    private List<Reply> redelivered(ChatRecord record, Inbound inbound) {
        log.debug("Update {} of {} was already applied", inbound.updateId(), record.chatKey());
        // what it still owes (a crash between the write and the send); the channel sends everything owed anyway
        return made(record).stream()
                .filter(o -> o.answers(inbound.updateId()))
                .map(OwedReply::reply)
                .toList();
    }

    /**
     * The record's owed replies with every {@link Reply.Deferred} made now (the {@code /mydata} files): the record
     * keeps only their names, so no file waits in the store.
     */
    private List<OwedReply> made(ChatRecord record) {
        if (record.owed().stream().noneMatch(o -> o.reply() instanceof Reply.Deferred)) {
            return record.owed();
        }
        var collected = new java.util.HashMap<String, PersonalExport.Export>();
        return record.owed().stream().map(o -> made(record, o, collected)).toList();
    }

    private OwedReply made(ChatRecord record, OwedReply owed, java.util.Map<String, PersonalExport.Export> collected) {
        if (!(owed.reply() instanceof Reply.Deferred deferred)) {
            return owed;
        }
        Reply reply = export != null && PersonalExport.makes(deferred) && record.person() != null
                ? export.make(record.person(), deferred, collected)
                : Reply.Message.plain(MyDataTexts.FAILED.in(deferred.language()));
        return new OwedReply(owed.seq(), owed.updateId(), reply);
    }

    @Override
    public List<ChatCommand.Description> commands() {
        List<ChatCommand.Description> all = new ArrayList<>();
        all.add(new ChatCommand.Description("start", ChatTexts.CMD_START));
        all.add(new ChatCommand.Description("help", ChatTexts.CMD_HELP));
        all.add(new ChatCommand.Description("cancel", ChatTexts.CMD_CANCEL));
        all.add(new ChatCommand.Description("language", ChatTexts.CMD_LANGUAGE));
        featureCommands.stream().filter(ChatCommand::listed).forEach(command -> all.add(command.description()));
        all.add(new ChatCommand.Description("privacy", ChatTexts.CMD_PRIVACY));
        if (export != null) {
            all.add(new ChatCommand.Description(MyDataCommand.NAME, MyDataTexts.CMD_MYDATA));
        }
        return all;
    }

    @Override
    public List<OwedReply> owed(String chatKey) {
        return guarded(chatKey, () -> made(chats.load(chatKey)));
    }

    @Override
    public void delivered(String chatKey, long seq) {
        guarded(chatKey, () -> change(chatKey, r -> r.owesUpTo(seq) ? r.deliveredUpTo(seq, clock.instant()) : null));
    }

    @Override
    public void owe(String chatKey, List<Reply> replies) {
        if (!replies.isEmpty()) {
            guarded(chatKey, () -> change(chatKey, r -> r.owing(OwedReply.UNPROMPTED, replies, clock.instant())));
        }
    }

    @Override
    public List<String> chatsOwed(int limit) {
        return guarded("the chats owed replies", () -> chats.owing(limit));
    }

    /** Writes {@code change} of the chat's record (null = nothing to write), again on a version conflict. */
    private boolean change(String chatKey, java.util.function.UnaryOperator<ChatRecord> change) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            ChatRecord next = change.apply(chats.load(chatKey));
            if (next == null || chats.save(next)) {
                return true;
            }
        }
        throw new IllegalStateException("Chat " + chatKey + " keeps changing; its owed replies were not updated");
    }

    private static <T> T guarded(String what, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (MongoErrors.isUnreachable(e)) {
                throw new StoreUnavailable("The store is unreachable; could not read or write " + what, e);
            }
            throw e;
        }
    }

    @Override
    public void unreachable(String chatKey) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            ChatRecord record = chats.load(chatKey);
            if (record.isNew()
                    || record.unreachableSince() != null
                    || chats.save(record.unreachable(clock.instant()))) {
                return;
            }
        }
        log.warn("Could not record that {} blocked the bot", chatKey);
    }
}
