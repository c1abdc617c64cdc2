package org.wearetogether.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.chat.Inbound;
import org.wearetogether.chat.StoreUnavailable;
import org.wearetogether.dialog.DialogInput;
import org.wearetogether.dialog.Reply;
import org.wearetogether.telegram.internal.TelegramChannel;
import org.wearetogether.testing.FakeTelegram;

/** No update lost, none dispatched twice, chats in order and in parallel: the channel against the fake Bot API. */
class TelegramChannelIT {

    private final ChannelFixture fixture = new ChannelFixture();
    private final FakeTelegram telegram = fixture.telegram;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void confirmsAnUpdateOnlyAfterTheFrontDeskReturnedSoANewPollerGetsItAgain() throws Exception {
        var entered = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var first = new RecordingFrontDesk();
        var anna = telegram.user(1, "Anna", "ru");
        var boris = telegram.user(2, "Boris", "en");
        first.answerWith(in -> {
            if (in.person().chatId().equals("1")) {
                entered.countDown();
                awaitQuietly(release);
            }
            return List.of();
        });
        TelegramChannel firstChannel = fixture.start(first);
        long stuck = anna.sendText("my answer");
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        long other = boris.sendText("hello");
        first.awaitHandled(other);
        telegram.awaitCall("getUpdates", c -> ChannelFixture.offsetOf(c) > 0, ChannelFixture.WAIT);

        assertThat(telegram.confirmedOffset()).isLessThanOrEqualTo(stuck);

        Thread stopping = new Thread(firstChannel::stop);
        stopping.start();
        await().atMost(ChannelFixture.WAIT).until(() -> !firstChannel.isPolling());
        release.countDown(); // the front desk returns only after the poll loop ended: nothing may confirm it now
        stopping.join(20_000);
        var second = new RecordingFrontDesk();
        fixture.start(second);

        assertThat(second.awaitHandled(stuck).content()).isEqualTo(new Inbound.Said(new DialogInput.Text("my answer")));
    }

    @Test
    void doesNotDispatchAnUpdateTwiceWhenTelegramDeliversItAgainWhileInWork() throws Exception {
        var entered = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var desk = new RecordingFrontDesk();
        desk.answerWith(in -> {
            if (in.person().chatId().equals("1")) {
                entered.countDown();
                awaitQuietly(release);
            }
            return List.of(Reply.Message.plain("ok"));
        });
        fixture.start(desk);
        long inWork = telegram.user(1, "Anna", "ru").sendText("slow");
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        int polls = telegram.callCount("getUpdates");
        telegram.deliverAgain(inWork);
        long later = telegram.user(2, "Boris", "en").sendText("fast");
        desk.awaitHandled(later);
        await().atMost(ChannelFixture.WAIT).until(() -> telegram.callCount("getUpdates") > polls + 1);
        release.countDown();
        fixture.awaitConfirmed(later);

        assertThat(desk.timesHandled(inWork)).isEqualTo(1);
        assertThat(telegram.messagesTo(1)).hasSize(1);
    }

    @Test
    void handlesEachChatInOrderAndDifferentChatsInParallel() throws Exception {
        var bothInside = new CountDownLatch(2);
        var inside = new ConcurrentHashMap<String, AtomicInteger>();
        var overlapsWithinChat = new AtomicInteger();
        Map<String, List<String>> order = new ConcurrentHashMap<>();
        var desk = new RecordingFrontDesk();
        desk.answerWith(in -> {
            String chat = in.person().chatId();
            if (inside.computeIfAbsent(chat, c -> new AtomicInteger()).incrementAndGet() > 1) {
                overlapsWithinChat.incrementAndGet();
            }
            bothInside.countDown();
            awaitQuietly(bothInside); // the first of each chat waits until the other chat is inside too
            order.computeIfAbsent(chat, c -> new ArrayList<>())
                    .add(((DialogInput.Text) ((Inbound.Said) in.content()).input()).text());
            inside.get(chat).decrementAndGet();
            return List.of();
        });
        var anna = telegram.user(1, "Anna", "ru");
        var boris = telegram.user(2, "Boris", "en");
        long last = 0;
        for (int i = 0; i < 20; i++) {
            anna.sendText("a" + i);
            last = boris.sendText("b" + i);
        }
        fixture.start(desk);
        fixture.awaitConfirmed(last);

        assertThat(overlapsWithinChat).hasValue(0);
        assertThat(order.get("1")).containsExactlyElementsOf(numbered("a"));
        assertThat(order.get("2")).containsExactlyElementsOf(numbered("b"));
    }

    @Test
    void keepsAnUpdateUnconfirmedWhileTheStoreIsUnreachableAndOtherChatsGoOn() {
        var storeDown = new java.util.concurrent.atomic.AtomicBoolean(true);
        var attempts = new AtomicInteger();
        var desk = new RecordingFrontDesk();
        desk.answerWith(in -> {
            if (in.person().chatId().equals("1") && storeDown.get()) {
                attempts.incrementAndGet();
                throw new StoreUnavailable("store down", new java.io.IOException("connection refused"));
            }
            return List.of(Reply.Message.plain("stored"));
        });
        fixture.start(desk);
        long waiting = telegram.user(1, "Anna", "ru").sendText("my phone");
        long other = telegram.user(2, "Boris", "en").sendText("hello");
        desk.awaitHandled(other);
        await().atMost(ChannelFixture.WAIT).until(() -> attempts.get() >= 3);

        assertThat(telegram.confirmedOffset()).isLessThanOrEqualTo(waiting);

        storeDown.set(false);
        desk.awaitHandled(waiting);
        fixture.awaitConfirmed(other);
        assertThat(telegram.awaitMessage(1, m -> m.text().equals("stored"), ChannelFixture.WAIT))
                .isNotNull();
    }

    @Test
    void confirmsAnUpdateTheFrontDeskFailsOnForGoodAndAnswersItsPress() {
        var desk = new RecordingFrontDesk();
        var calls = new AtomicInteger();
        desk.answerWith(in -> {
            if (in.content() instanceof Inbound.Said said && said.input() instanceof DialogInput.ButtonPressed) {
                calls.incrementAndGet();
                throw new IllegalStateException("a defect");
            }
            return List.of(Reply.Message.plain("menu"));
        });
        fixture.start(desk);
        var anna = telegram.user(1, "Anna", "ru");
        anna.sendCommand("start");
        var menu = anna.awaitReplyContaining("menu");
        long press = anna.pressData(menu, "m:broken");
        fixture.awaitConfirmed(press);

        assertThat(calls).hasValue(1);
        assertThat(telegram.unansweredCallbacks()).isEmpty();
    }

    private static List<String> numbered(String prefix) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            texts.add(prefix + i);
        }
        return texts;
    }

    static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
