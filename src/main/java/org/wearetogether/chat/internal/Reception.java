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

    Reception(Chats chats, Responding responding, Collection<ChatCommand> featureCommands, Clock clock) {
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

    private static List<Reply> redelivered(ChatRecord record, Inbound inbound) {
        log.debug("Update {} of {} was already applied", inbound.updateId(), record.chatKey());
        // Only the last input's replies are kept: an older re-delivery owes nothing that was not sent since.
        return inbound.updateId() == record.lastUpdateId() ? record.owed() : List.of();
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
        return all;
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
