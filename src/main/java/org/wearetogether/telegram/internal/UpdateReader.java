package org.wearetogether.telegram.internal;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberRestricted;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.wearetogether.chat.Announcement;
import org.wearetogether.chat.Inbound;
import org.wearetogether.dialog.DialogInput;
import org.wearetogether.dialog.Person;

/** Reads Telegram updates as channel-independent inputs. Never throws on a well-formed update. */
final class UpdateReader {

    private static final Pattern COMMAND = Pattern.compile("/([A-Za-z0-9_]{1,64})(?:@([A-Za-z0-9_]+))?");

    /**
     * Data prefixes of the buttons the bot posts in groups (HQ cards, "Reply" under a requester's message, callback
     * cards while there are no hotline operators); other
     * presses in groups are ignored.
     */
    static final java.util.List<String> GROUP_BUTTONS = java.util.List.of("q:", "h:", "cb:");

    /** This bot's username, known once {@code getMe} succeeded (null before). */
    private final Supplier<String> botUsername;

    UpdateReader(Supplier<String> botUsername) {
        this.botUsername = botUsername;
    }

    Incoming read(Update update) {
        long id = update.getUpdateId();
        if (update.hasMyChatMember() && isGroup(update.getMyChatMember().getChat())) {
            return readMembership(id, update.getMyChatMember());
        }
        if (update.hasMessage() && movedTo(update.getMessage()) != null) {
            return readMove(id, update.getMessage());
        }
        if (update.hasMessage()) {
            return readMessage(id, update.getMessage(), false);
        }
        if (update.hasEditedMessage()) {
            return readMessage(id, update.getEditedMessage(), true);
        }
        if (update.hasCallbackQuery()) {
            return readPress(id, update.getCallbackQuery());
        }
        return new Incoming.Ignore(id, "not read by this bot: " + kindOf(update), null);
    }

    private Incoming readMessage(long id, Message message, boolean edited) {
        User from = message.getFrom();
        if (from == null || Boolean.TRUE.equals(from.getIsBot())) {
            return new Incoming.Ignore(id, "no person behind the message", null);
        }
        Inbound.Content content = edited ? said(new DialogInput.Unsupported("edited")) : contentOf(message);
        if (!isPrivate(message.getChat()) && !isCommandToThisBot(message) && !isReplyToThisBot(message)) {
            return new Incoming.Ignore(id, "group message not addressed to this bot", null);
        }
        ReplyTarget target = ReplyTarget.chat(String.valueOf(message.getChatId()));
        return new Incoming.Handle(inbound(id, from, target, content), target);
    }

    /** The bot was added to a group, removed, or its rights changed: whether it may post there now. */
    private static Incoming readMembership(long id, ChatMemberUpdated change) {
        if (change.getFrom() == null || change.getNewChatMember() == null) {
            return new Incoming.Ignore(id, "membership change without a person or a status", null);
        }
        ReplyTarget target = ReplyTarget.chat(String.valueOf(change.getChat().getId()));
        var content = new Inbound.Membership(canPost(change.getNewChatMember()));
        return new Incoming.Handle(inbound(id, change.getFrom(), target, content), target);
    }

    static boolean canPost(ChatMember member) {
        return switch (String.valueOf(member.getStatus())) {
            case "creator", "administrator", "member" -> true;
            case "restricted" ->
                member instanceof ChatMemberRestricted r
                        && Boolean.TRUE.equals(r.getIsMember())
                        && Boolean.TRUE.equals(r.getCanSendMessages());
            default -> false; // left, kicked
        };
    }

    /**
     * A group became a supergroup. Telegram tells it twice: in the old group ({@code migrate_to_chat_id}) and in the
     * new one ({@code migrate_from_chat_id}); both are read as the old chat moving to the new id.
     */
    private static Incoming readMove(long id, Message message) {
        String oldId = message.getMigrateFromChatId() != null
                ? String.valueOf(message.getMigrateFromChatId())
                : String.valueOf(message.getChatId());
        User from = message.getFrom();
        if (from == null) {
            return new Incoming.Ignore(id, "group migration without a person", null);
        }
        ReplyTarget target = ReplyTarget.chat(oldId);
        return new Incoming.Handle(inbound(id, from, target, new Inbound.Moved(movedTo(message))), target);
    }

    private static String movedTo(Message message) {
        if (message.getMigrateToChatId() != null) {
            return String.valueOf(message.getMigrateToChatId());
        }
        return message.getMigrateFromChatId() != null ? String.valueOf(message.getChatId()) : null;
    }

    private Incoming readPress(long id, CallbackQuery press) {
        var message = press.getMessage();
        boolean readable = message != null
                && press.getData() != null
                && (isPrivate(message.getChat()) || GROUP_BUTTONS.stream().anyMatch(press.getData()::startsWith));
        if (!readable) {
            ReplyTarget answerOnly = new ReplyTarget(null, press.getId(), null);
            return new Incoming.Ignore(id, "button press outside a private chat", answerOnly);
        }
        var target = new ReplyTarget(String.valueOf(message.getChatId()), press.getId(), message.getMessageId());
        var content = said(new DialogInput.ButtonPressed(press.getData()));
        return new Incoming.Handle(inbound(id, press.getFrom(), target, content), target);
    }

    private static Inbound inbound(long id, User from, ReplyTarget target, Inbound.Content content) {
        var person = new Person(
                TelegramChannelSender.CHANNEL,
                target.chatId(),
                String.valueOf(from.getId()),
                from.getFirstName(),
                from.getUserName());
        return new Inbound(person, id, from.getLanguageCode(), content);
    }

    private Inbound.Content contentOf(Message message) {
        Announcement post = Posts.read(message);
        if (message.getText() != null) {
            Inbound.Content content = textOrCommand(message.getText());
            return post != null && content instanceof Inbound.Said ? new Inbound.Post(post) : content;
        }
        if (post != null) {
            return new Inbound.Post(post);
        }
        if (message.hasContact()) {
            var contact = message.getContact();
            boolean own = Objects.equals(contact.getUserId(), message.getFrom().getId());
            return said(new DialogInput.ContactShared(contact.getPhoneNumber(), own));
        }
        if (message.hasLocation()) {
            var location = message.getLocation();
            return said(new DialogInput.LocationShared(location.getLatitude(), location.getLongitude()));
        }
        if (message.hasVoice() && message.getVoice().getFileId() != null) {
            var voice = message.getVoice();
            int seconds = voice.getDuration() == null ? 0 : voice.getDuration();
            return said(new DialogInput.Voice(voice.getFileId(), seconds));
        }
        return said(new DialogInput.Unsupported(MessageKinds.of(message)));
    }

    private static Inbound.Content textOrCommand(String text) {
        var matcher = COMMAND.matcher(text);
        if (!matcher.lookingAt() || !endsCommandWord(text, matcher.end())) {
            return said(new DialogInput.Text(text));
        }
        String name = matcher.group(1).toLowerCase(Locale.ROOT);
        return new Inbound.Command(name, text.substring(matcher.end()).strip());
    }

    private static boolean endsCommandWord(String text, int end) {
        return end == text.length() || Character.isWhitespace(text.charAt(end));
    }

    private boolean isCommandToThisBot(Message message) {
        String text = message.getText();
        String me = botUsername.get();
        if (text == null || me == null) {
            return false;
        }
        var matcher = COMMAND.matcher(text);
        return matcher.lookingAt() && endsCommandWord(text, matcher.end()) && me.equalsIgnoreCase(matcher.group(2));
    }

    /**
     * A text in a group that answers one of this bot's messages (a coordinator's answer to a requester, typed as a
     * reply to the bot's prompt: Telegram delivers such replies to bots even in privacy mode). Whether it is taken is
     * decided by whoever waits for it; nobody else in the group is answered.
     */
    private boolean isReplyToThisBot(Message message) {
        Message repliedTo = message.getReplyToMessage();
        String me = botUsername.get();
        if (message.getText() == null || repliedTo == null || repliedTo.getFrom() == null || me == null) {
            return false;
        }
        User author = repliedTo.getFrom();
        return Boolean.TRUE.equals(author.getIsBot()) && me.equalsIgnoreCase(author.getUserName());
    }

    private static boolean isGroup(Chat chat) {
        return chat != null && ("group".equals(chat.getType()) || "supergroup".equals(chat.getType()));
    }

    private static boolean isPrivate(Chat chat) {
        return chat != null && "private".equals(chat.getType());
    }

    private static Inbound.Content said(DialogInput input) {
        return new Inbound.Said(input);
    }

    private static String kindOf(Update update) {
        if (update.hasChannelPost() || update.hasEditedChannelPost()) {
            return "channel post";
        }
        if (update.hasMyChatMember() || update.hasChatMember()) {
            return "membership change";
        }
        if (update.hasInlineQuery() || update.hasChosenInlineQuery()) {
            return "inline query";
        }
        return "other update";
    }
}
