package org.wearetogether.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.chat.OwedReply;
import org.wearetogether.dialog.Reply;

class ChatRecordTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    ChatRecordTest() {
        Metrics.addRegistry(meters);
    }

    @AfterEach
    void detach() {
        Metrics.removeRegistry(meters);
    }

    @Test
    void keepsTheNewestOwedRepliesInOrderAndCountsTheOldestItGivesUp() {
        List<Reply> replies = IntStream.rangeClosed(1, ChatRecord.MAX_OWED + 5)
                .mapToObj(i -> (Reply) Reply.Message.plain("reply " + i))
                .toList();

        ChatRecord record = ChatRecord.fresh("telegram:1").owing(OwedReply.UNPROMPTED, replies, NOW);

        assertThat(record.owed()).hasSize(ChatRecord.MAX_OWED);
        assertThat(record.owed().get(0).reply()).isEqualTo(Reply.Message.plain("reply 6"));
        assertThat(record.owed().get(ChatRecord.MAX_OWED - 1).reply())
                .isEqualTo(Reply.Message.plain("reply " + (ChatRecord.MAX_OWED + 5)));
        assertThat(meters.counter("together.replies.undelivered", "reason", "overflow")
                        .count())
                .isEqualTo(5);
    }
}
