package org.wearetogether.telegram.internal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.function.LongPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * {@code getUpdates} that reads each update on its own, and only the updates not taken yet.
 *
 * <p>Telegram hands back every update from the offset on, and the offset passes an update only once it finished, so
 * most of a batch at a busy time are updates already in work (measured: each update was delivered 4.5 times).
 * Those come back as empty updates with only their id, which the poll loop needs to count them, without reading the
 * rest: reading them in full was half the HTTP client's CPU.
 *
 * <p>The library reads the whole batch at once, so one update it cannot read (a field of an unexpected type, as a
 * future Bot API change could bring) would fail every poll and stop the bot for everyone. Here such an update becomes
 * an empty one with its id too: it is confirmed and ignored, logged.
 */
final class TolerantGetUpdates extends GetUpdates {

    private static final Logger log = LoggerFactory.getLogger(TolerantGetUpdates.class);

    @JsonIgnore // not a parameter of the call
    private final transient LongPredicate alreadyTaken;

    TolerantGetUpdates(int offset, int limit, int timeoutSeconds, LongPredicate alreadyTaken) {
        super(offset, limit, timeoutSeconds, null);
        this.alreadyTaken = alreadyTaken;
    }

    /**
     * Reads the batch in one pass over its text, each update not taken yet in full; an answer that is not a plain
     * successful batch (an error, or text this reading does not expect) is read as the library does, and a batch the
     * library cannot read is read again update by update.
     */
    @Override
    public ArrayList<Update> deserializeResponse(String answer) throws TelegramApiRequestException {
        try {
            ArrayList<Update> updates = readSkippingTaken(answer);
            if (updates != null) {
                return updates;
            }
        } catch (IOException | RuntimeException e) {
            log.debug("getUpdates answer read the library's way: {}", e.getMessage());
        }
        try {
            return super.deserializeResponse(answer);
        } catch (TelegramApiRequestException e) {
            if (!(e.getCause() instanceof IOException)) {
                throw e; // an error answer from the Bot API, which the caller handles
            }
            return readOneByOne(answer);
        } catch (RuntimeException e) {
            return readOneByOne(answer);
        }
    }

    /** The updates of a successful answer {@code {"ok":true,"result":[...]}}; null for any other answer. */
    private ArrayList<Update> readSkippingTaken(String answer) throws IOException {
        try (JsonParser json = OBJECT_MAPPER.createParser(answer)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            boolean ok = false;
            ArrayList<Update> updates = null;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                if ("ok".equals(field)) {
                    ok = value == JsonToken.VALUE_TRUE;
                } else if ("result".equals(field) && value == JsonToken.START_ARRAY) {
                    updates = readUpdates(json, answer);
                } else {
                    json.skipChildren();
                }
            }
            return ok ? updates : null;
        }
    }

    /** From the array's start to its end: each element skipped over, then read in full unless already taken. */
    private ArrayList<Update> readUpdates(JsonParser json, String answer) throws IOException {
        ArrayList<Update> updates = new ArrayList<>();
        while (json.nextToken() == JsonToken.START_OBJECT) {
            int start = Math.toIntExact(json.currentTokenLocation().getCharOffset());
            long id = firstFieldUpdateId(json);
            if (id >= 0 && alreadyTaken.test(id)) {
                skipRestOfObject(json);
                updates.add(withIdOnly(id));
                continue;
            }
            skipRestOfObject(json);
            int end = Math.toIntExact(json.currentTokenLocation().getCharOffset()) + 1;
            updates.add(read(answer.substring(start, end)));
        }
        return updates;
    }

    /** Telegram writes {@code update_id} first; -1 when this update does not (it is then read in full). */
    private static long firstFieldUpdateId(JsonParser json) throws IOException {
        if (json.nextToken() != JsonToken.FIELD_NAME || !"update_id".equals(json.currentName())) {
            return -1;
        }
        return json.nextToken() == JsonToken.VALUE_NUMBER_INT ? json.getLongValue() : -1;
    }

    /** Moves to the END_OBJECT of the object the parser is in. */
    private static void skipRestOfObject(JsonParser json) throws IOException {
        JsonToken token = json.currentToken();
        if (token == JsonToken.END_OBJECT) {
            return;
        }
        while ((token = json.nextToken()) != JsonToken.END_OBJECT) {
            if (token == null) {
                throw new IOException("the answer ends inside an update");
            }
            json.skipChildren(); // a no-op for scalars and names
        }
    }

    private static Update withIdOnly(long id) {
        Update update = new Update();
        update.setUpdateId(Math.toIntExact(id));
        return update;
    }

    private static Update read(String text) {
        try {
            return OBJECT_MAPPER.readValue(text, Update.class);
        } catch (IOException | IllegalArgumentException e) {
            return unreadable(idIn(text), e);
        }
    }

    private static int idIn(String text) {
        try {
            return OBJECT_MAPPER.readTree(text).path("update_id").asInt();
        } catch (IOException e) {
            return 0;
        }
    }

    private static Update unreadable(int id, Exception e) {
        log.warn("Update {} could not be read and is skipped: {}", id, e.getMessage());
        Update unreadable = new Update();
        unreadable.setUpdateId(id);
        return unreadable;
    }

    private ArrayList<Update> readOneByOne(String answer) throws TelegramApiRequestException {
        JsonNode root;
        try {
            root = OBJECT_MAPPER.readTree(answer);
        } catch (IOException e) {
            return super.deserializeResponse(answer);
        }
        if (!root.path("ok").asBoolean(false) || !root.path("result").isArray()) {
            return super.deserializeResponse(answer); // the library turns errors into its exceptions
        }
        ArrayList<Update> updates = new ArrayList<>();
        root.get("result").forEach(node -> updates.add(read(node)));
        return updates;
    }

    private static Update read(JsonNode node) {
        try {
            return OBJECT_MAPPER.treeToValue(node, Update.class);
        } catch (IOException | IllegalArgumentException e) {
            return unreadable(node.path("update_id").asInt(), e);
        }
    }
}
