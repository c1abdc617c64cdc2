package org.wearetogether.telegram.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * {@code getUpdates} that reads each update on its own. The library reads the whole batch at once, so one update it
 * cannot read (a field of an unexpected type, as a future Bot API change could bring) would fail every poll and stop
 * the bot for everyone. Here such an update becomes an empty one with its id: it is confirmed and ignored, logged.
 */
final class TolerantGetUpdates extends GetUpdates {

    private static final Logger log = LoggerFactory.getLogger(TolerantGetUpdates.class);

    TolerantGetUpdates(int offset, int limit, int timeoutSeconds) {
        super(offset, limit, timeoutSeconds, null);
    }

    /**
     * Reads the batch in one pass as the library does; only a batch the library cannot read is read again, update
     * by update (reading every batch as a tree first cost a second pass over each, measured at a quarter of the HTTP
     * client's CPU).
     */
    @Override
    public ArrayList<Update> deserializeResponse(String answer) throws TelegramApiRequestException {
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
            int id = node.path("update_id").asInt();
            log.warn("Update {} could not be read and is skipped: {}", id, e.getMessage());
            Update unreadable = new Update();
            unreadable.setUpdateId(id);
            return unreadable;
        }
    }
}
