package org.wearetogether.chat.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.wearetogether.chat.DataExport;
import org.wearetogether.dialog.Conversation;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Texts;
import org.wearetogether.dialog.VoiceNote;

/**
 * The chat's own part of {@code /mydata}: who the person is to the bot, the language they chose, their last activity,
 * and the answers of a dialog they have not finished. Read by the chat's key, the collection's {@code _id}.
 */
final class ChatDataExport implements DataExport {

    private static final Texts TITLE = Texts.of("Чат с ботом и настройки", "Your chat with the bot and settings");
    private static final Texts USER_ID = Texts.of("Ваш идентификатор в Telegram", "Your Telegram id");
    private static final Texts FIRST_NAME = Texts.of("Имя в Telegram", "Name in Telegram");
    private static final Texts USERNAME = Texts.of("Имя пользователя", "Username");
    private static final Texts LANGUAGE = Texts.of("Язык", "Language");
    private static final Texts LANGUAGE_CLIENT = Texts.of(
            "как в вашем приложении Telegram (не выбран командой /language)",
            "as in your Telegram app (not chosen with /language)");
    private static final Texts LAST_ACTIVE = Texts.of("Последнее действие", "Last activity");
    private static final Texts UNREACHABLE =
            Texts.of("Бот не смог вам написать (заблокирован) с", "The bot could not write to you (blocked) since");
    private static final Texts WAITING =
            Texts.of("Сообщений ждут отправки (включая этот файл)", "Messages waiting to be sent (this file included)");
    private static final Texts UNFINISHED = Texts.of("Незаконченная анкета", "Unfinished form");
    private static final Texts STARTED = Texts.of("Начата", "Started");
    private static final Texts ANSWER = Texts.of("Ответ «%s»", "Answer \"%s\"");

    private final Chats chats;

    ChatDataExport(Chats chats) {
        this.chats = chats;
    }

    @Override
    public Optional<Section> export(Person person, String language) {
        ChatRecord record = chats.load(person.chatKey());
        if (record.isNew()) {
            return Optional.empty();
        }
        Person seen = record.person() != null ? record.person() : person;
        var settings = new DataExport.Builder(null)
                .add("userId", USER_ID.in(language), seen.userId())
                .add("firstName", FIRST_NAME.in(language), seen.firstName())
                .add(
                        "username",
                        USERNAME.in(language),
                        seen.username(),
                        seen.username() == null ? null : "@" + seen.username())
                .add(
                        "language",
                        LANGUAGE.in(language),
                        record.language(),
                        record.language() == null ? LANGUAGE_CLIENT.in(language) : record.language())
                .add(
                        "lastActiveAt",
                        LAST_ACTIVE.in(language),
                        DataExport.json(record.updatedAt()),
                        DataExport.shown(record.updatedAt()))
                .add(
                        "unreachableSince",
                        UNREACHABLE.in(language),
                        DataExport.json(record.unreachableSince()),
                        DataExport.shown(record.unreachableSince()))
                .add("repliesWaiting", WAITING.in(language), record.owed().size());
        Map<String, Object> data = new LinkedHashMap<>(settings.json());
        List<Entry> entries = new java.util.ArrayList<>(List.of(settings.entry()));
        Conversation unfinished = record.conversation();
        if (unfinished != null) {
            var form = unfinished(unfinished, language);
            entries.add(form.entry());
            data.put("unfinishedForm", form.json());
        } else {
            data.put("unfinishedForm", null);
        }
        return Optional.of(new Section("chat", TITLE.in(language), entries, data));
    }

    private static Part unfinished(Conversation c, String language) {
        var form = new DataExport.Builder(UNFINISHED.in(language))
                .add("dialog", UNFINISHED.in(language), c.dialogId())
                .add(
                        "startedAt",
                        STARTED.in(language),
                        DataExport.json(c.startedAt()),
                        DataExport.shown(c.startedAt()));
        Map<String, Object> answers = new TreeMap<>(VoiceNote.readable(c.answers(), language));
        answers.forEach((step, answer) ->
                form.add("answer." + step, ANSWER.in(language).formatted(step), answer, shown(answer)));
        // the JSON keeps the answers as one object rather than dotted keys
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("dialog", c.dialogId());
        json.put("startedAt", DataExport.json(c.startedAt()));
        json.put("answers", answers);
        return new Part(form.entry(), json);
    }

    private static String shown(Object answer) {
        return answer instanceof List<?> list
                ? String.join(", ", list.stream().map(String::valueOf).toList())
                : String.valueOf(answer);
    }

    private record Part(Entry entry, Map<String, Object> json) {}
}
