package org.wearetogether.chat.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.wearetogether.chat.OwedReply;
import org.wearetogether.dialog.Conversation;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Reply.Keyboard;

/** Maps chat records to BSON documents and back. Short field names: this document is written on every input. */
final class MongoChatDocuments {

    /** The field that holds how many replies a chat is owed; absent when none. */
    static final String OWING = "owing";

    private MongoChatDocuments() {}

    static Document toDocument(ChatRecord r) {
        Document d = new Document("_id", r.chatKey())
                .append("v", r.version())
                .append("lastUpdateId", r.lastUpdateId())
                .append("owed", r.owed().stream().map(MongoChatDocuments::owed).toList())
                .append("owedSeq", r.owedSeq());
        // present only while something is owed, so the re-send loop's query finds just those chats
        putIfPresent(d, OWING, r.owed().isEmpty() ? null : r.owed().size());
        putIfPresent(d, "lang", r.language());
        putIfPresent(d, "person", r.person() == null ? null : person(r.person()));
        putIfPresent(d, "conv", r.conversation() == null ? null : conversation(r.conversation()));
        putIfPresent(d, "pendingDialog", r.pendingDialog());
        putIfPresent(d, "pendingPreset", r.pendingPreset());
        putIfPresent(d, "unreachableSince", date(r.unreachableSince()));
        putIfPresent(d, "updatedAt", date(r.updatedAt()));
        putIfPresent(d, "dueAt", date(r.dueAt()));
        return d;
    }

    static ChatRecord fromDocument(Document d) {
        List<OwedReply> owed = owed(d.getList("owed", Document.class, List.of()));
        long owedSeq = d.get("owedSeq") instanceof Number n ? n.longValue() : 0L;
        return new ChatRecord(
                d.getString("_id"),
                d.get("v", Number.class).longValue(),
                d.get("lastUpdateId", Number.class).longValue(),
                owed,
                owed.isEmpty()
                        ? owedSeq
                        : Math.max(owedSeq, owed.get(owed.size() - 1).seq()),
                d.getString("lang"),
                person(d.get("person", Document.class)),
                conversation(d.get("conv", Document.class)),
                d.getString("pendingDialog"),
                d.getString("pendingPreset"),
                instant(d.getDate("unreachableSince")),
                instant(d.getDate("updatedAt")));
    }

    private static Document person(Person p) {
        Document d = new Document("ch", p.channel()).append("chat", p.chatId()).append("user", p.userId());
        putIfPresent(d, "first", p.firstName());
        putIfPresent(d, "username", p.username());
        return d;
    }

    private static Person person(Document d) {
        if (d == null) {
            return null;
        }
        return new Person(
                d.getString("ch"),
                d.getString("chat"),
                d.getString("user"),
                d.getString("first"),
                d.getString("username"));
    }

    private static Document conversation(Conversation c) {
        Document d = new Document("id", c.id())
                .append("dialog", c.dialogId())
                .append("dv", c.dialogVersion())
                .append("step", c.step())
                .append("answers", new Document(c.answers()))
                .append("path", c.path())
                .append("lang", c.language())
                .append("mode", c.mode().name())
                .append("prompt", c.prompt())
                .append("invalid", c.invalidInARow())
                .append("editing", c.editing());
        putIfPresent(d, "startedAt", date(c.startedAt()));
        putIfPresent(d, "updatedAt", date(c.updatedAt()));
        putIfPresent(d, "remindAt", date(c.remindAt()));
        putIfPresent(d, "expireAt", date(c.expireAt()));
        return d;
    }

    private static Conversation conversation(Document d) {
        if (d == null) {
            return null;
        }
        return new Conversation(
                d.getString("id"),
                d.getString("dialog"),
                d.getInteger("dv", 0),
                d.getString("step"),
                answers(d.get("answers", Document.class)),
                d.getList("path", String.class, List.of()),
                d.getString("lang"),
                Conversation.Mode.valueOf(d.getString("mode")),
                d.getInteger("prompt", 0),
                d.getInteger("invalid", 0),
                d.getBoolean("editing", false),
                instant(d.getDate("startedAt")),
                instant(d.getDate("updatedAt")),
                instant(d.getDate("remindAt")),
                instant(d.getDate("expireAt")));
    }

    private static Map<String, Object> answers(Document d) {
        Map<String, Object> answers = new LinkedHashMap<>();
        if (d != null) {
            d.forEach((key, value) ->
                    answers.put(key, value instanceof List<?> list ? strings(list) : value.toString()));
        }
        return answers;
    }

    private static List<String> strings(List<?> list) {
        List<String> strings = new ArrayList<>(list.size());
        list.forEach(item -> strings.add(String.valueOf(item)));
        return List.copyOf(strings);
    }

    private static Document owed(OwedReply owed) {
        return reply(owed.reply()).append("n", owed.seq()).append("u", owed.updateId());
    }

    /** Records written before replies had numbers numbered in order; their input is unknown, so unprompted. */
    private static List<OwedReply> owed(List<Document> documents) {
        List<OwedReply> owed = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            Document d = documents.get(i);
            long seq = d.get("n") instanceof Number n ? n.longValue() : i + 1;
            long updateId = d.get("u") instanceof Number u ? u.longValue() : OwedReply.UNPROMPTED;
            owed.add(new OwedReply(seq, updateId, reply(d)));
        }
        return owed;
    }

    /** A message that carries a secret is stored as its version without it: only that can reach the disk. */
    private static Document reply(Reply reply) {
        if (reply instanceof Reply.Message message) {
            Reply.Message m = message.storable();
            return new Document("t", "msg").append("text", m.text()).append("kb", keyboard(m.keyboard()));
        }
        if (reply instanceof Reply.EditPressed e) {
            return new Document("t", "edit").append("text", e.text()).append("kb", keyboard(e.keyboard()));
        }
        if (reply instanceof Reply.Deferred deferred) {
            // only the name: the file is made again when it is sent, so nothing personal waits here
            return new Document("t", "made").append("what", deferred.what()).append("lang", deferred.language());
        }
        if (reply instanceof Reply.Voice voice) {
            return new Document("t", "voice")
                    .append("file", voice.fileId())
                    .append("text", voice.caption())
                    .append("refused", voice.ifRefused());
        }
        if (reply instanceof Reply.Document file) {
            // files are owed as Deferred; one handed in whole is kept as its caption, never as its bytes
            return new Document("t", "msg").append("text", file.caption()).append("kb", keyboard(Keyboard.NONE));
        }
        return new Document("t", "notice").append("text", ((Reply.Notice) reply).text());
    }

    private static Reply reply(Document d) {
        return switch (d.getString("t")) {
            case "msg" -> new Reply.Message(d.getString("text"), keyboard(d.get("kb", Document.class)));
            case "edit" -> new Reply.EditPressed(d.getString("text"), keyboard(d.get("kb", Document.class)));
            case "made" -> new Reply.Deferred(d.getString("what"), d.getString("lang"));
            case "voice" -> new Reply.Voice(d.getString("file"), d.getString("text"), d.getString("refused"));
            default -> new Reply.Notice(d.getString("text"));
        };
    }

    private static Document keyboard(Keyboard keyboard) {
        if (keyboard instanceof Keyboard.Remove) {
            return new Document("t", "remove");
        }
        if (keyboard instanceof Keyboard.Inline inline) {
            return new Document("t", "inline").append("rows", inlineRows(inline));
        }
        if (keyboard instanceof Keyboard.Request request) {
            return new Document("t", "request")
                    .append("label", request.request().label())
                    .append("what", request.request().what().name())
                    .append("buttons", request.textButtons());
        }
        return new Document("t", "none");
    }

    private static List<List<Document>> inlineRows(Keyboard.Inline inline) {
        return inline.rows().stream()
                .map(row -> row.stream()
                        .map(b -> new Document("l", b.label()).append("d", b.data()))
                        .toList())
                .toList();
    }

    private static Keyboard keyboard(Document d) {
        if (d == null) {
            return Keyboard.NONE;
        }
        return switch (d.getString("t")) {
            case "remove" -> new Keyboard.Remove();
            case "inline" -> new Keyboard.Inline(inlineRows(d));
            case "request" ->
                new Keyboard.Request(
                        new Reply.RequestButton(d.getString("label"), Reply.Requested.valueOf(d.getString("what"))),
                        d.getList("buttons", String.class, List.of()));
            default -> Keyboard.NONE;
        };
    }

    @SuppressWarnings("unchecked")
    private static List<List<Reply.Button>> inlineRows(Document d) {
        List<List<Reply.Button>> rows = new ArrayList<>();
        for (Object row : d.getList("rows", Object.class, List.of())) {
            rows.add(((List<Document>) row)
                    .stream()
                            .map(b -> new Reply.Button(b.getString("l"), b.getString("d")))
                            .toList());
        }
        return rows;
    }

    private static void putIfPresent(Document d, String key, Object value) {
        if (value != null) {
            d.append(key, value);
        }
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
