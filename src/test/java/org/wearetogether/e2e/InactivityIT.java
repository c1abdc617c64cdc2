package org.wearetogether.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wearetogether.testing.FakeTelegram;
import org.wearetogether.testing.FakeTelegramUser;
import org.wearetogether.testing.RunningService;

/** Reminders and expiry of unfinished dialogs: due times are stored, so they fire after a restart, and only once. */
class InactivityIT {

    private static final String FAST_TIMERS = "together.chat.timer-interval=200ms";

    @TempDir
    Path data;

    @Test
    void aReminderDueWhileTheServiceWasDownIsSentOnceAfterTheRestartAndTheExpiryEndsTheDialog() throws Exception {
        try (FakeTelegram telegram = FakeTelegram.start()) {
            FakeTelegramUser anna = telegram.user(1001, "Anna", "en");
            try (RunningService service = RunningService.start(telegram, data)) {
                anna.sendCommand("start");
                anna.awaitReply(m -> true);
                anna.press("👵 Help for a relative or neighbour");
                anna.awaitReplyContaining("What is the name");
                moveTimers(service.database(), anna, "conv.remindAt");
            }
            try (RunningService restarted = RunningService.start(telegram, data, FAST_TIMERS)) {
                anna.awaitReplyContaining("Are you still there?");
                Thread.sleep(1_000); // five more timer rounds: none may remind again
                assertThat(anna.messages().stream().filter(m -> m.text().contains("Are you still there?")))
                        .hasSize(1);
                assertThat(chat(restarted.database(), anna).get("conv", Document.class))
                        .doesNotContainKey("remindAt");

                moveTimers(restarted.database(), anna, "conv.expireAt");
                restarted.bean(org.wearetogether.chat.FrontDesk.class); // the same process keeps running
                anna.awaitReplyContaining("your answers were not kept");
                assertThat(chat(restarted.database(), anna)).doesNotContainKeys("conv", "dueAt");
            }
        }
    }

    /** Moves one of the conversation's due times (and the chat's dueAt) into the past, as if time had passed. */
    private static void moveTimers(MongoDatabase database, FakeTelegramUser user, String field) {
        // after the service removed the delivered replies: that write would otherwise put the old times back
        org.awaitility.Awaitility.await()
                .until(() -> chat(database, user).getList("owed", Object.class).isEmpty());
        Date past = Date.from(Instant.now().minusSeconds(60));
        database.getCollection("chats")
                .updateOne(
                        Filters.eq("_id", "telegram:" + user.id()),
                        Updates.combine(Updates.set(field, past), Updates.set("dueAt", past)));
    }

    private static Document chat(MongoDatabase database, FakeTelegramUser user) {
        return database.getCollection("chats")
                .find(Filters.eq("_id", "telegram:" + user.id()))
                .first();
    }
}
