package org.wearetogether.telegram.internal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
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
 * rest: reading them in full was half of the HTTP client's samples in the benchmark's profile (its thread CPU, mostly
 * socket I/O, did not drop measurably).
 *
 * <p>The library reads the whole batch at once, so one update it cannot read (a field of an unexpected type, as a
 * future Bot API change could bring) would fail every poll and stop the bot for everyone. Here such an update becomes
 * an empty one with its id too: it is confirmed and ignored, logged.
 */
final class TolerantGetUpdates extends GetUpdates {

    private static final Logger log = LoggerFactory.getLogger(TolerantGetUpdates.class);
    private static final String SUCCESS = "{\"ok\":true,\"result\":[";
    private static final String UPDATE_START = "{\"update_id\":";

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

    /**
     * The updates of a successful answer in the Bot API's own compact layout, {@code {"ok":true,"result":[{"update_id":
     * 1,...},...]}}; null for any other answer. Each update starts with the text {@code {"update_id":}, which cannot
     * occur inside a JSON string (its quotes would be escaped there), so the updates are found by searching the text,
     * and only the ones not taken are parsed: skipping the others with a JSON parser cost nearly as much as reading
     * them.
     */
    private ArrayList<Update> readSkippingTaken(String answer) throws IOException {
        if (!answer.startsWith(SUCCESS)) {
            return null;
        }
        ArrayList<Update> updates = new ArrayList<>();
        if (answer.startsWith("]}", SUCCESS.length())) {
            return updates;
        }
        int at = SUCCESS.length();
        if (!answer.startsWith(UPDATE_START, at)) {
            return null;
        }
        char[] text = null; // copied once, for the parser, when an update is to be read
        while (at >= 0) {
            long id = idAt(answer, at + UPDATE_START.length());
            if (id >= 0 && alreadyTaken.test(id)) {
                updates.add(withIdOnly(id));
            } else {
                text = text == null ? answer.toCharArray() : text;
                updates.add(readAt(text, at, id));
            }
            at = answer.indexOf(UPDATE_START, at + UPDATE_START.length());
        }
        return updates;
    }

    /** The digits from {@code from} on as a number; -1 when there are none or too many. */
    private static long idAt(String text, int from) {
        long id = 0;
        int at = from;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9' && at - from < 18) {
            id = id * 10 + (text.charAt(at++) - '0');
        }
        return at == from ? -1 : id;
    }

    /** The one update that starts at {@code from}; an update of an unexpected shape becomes its id. */
    private static Update readAt(char[] text, int from, long id) throws IOException {
        try (JsonParser json = OBJECT_MAPPER.getFactory().createParser(text, from, text.length - from)) {
            json.nextToken();
            return OBJECT_MAPPER.readValue(json, Update.class);
        } catch (JsonParseException e) {
            throw e; // not JSON at all: read the library's way, which reports it
        } catch (IOException | IllegalArgumentException e) {
            return unreadable(Math.max(0, id), e);
        }
    }

    private static Update withIdOnly(long id) {
        Update update = new Update();
        update.setUpdateId(Math.toIntExact(id));
        return update;
    }

    private static Update unreadable(long id, Exception e) {
        log.warn("Update {} could not be read and is skipped: {}", id, e.getMessage());
        return withIdOnly(id);
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
