package org.wearetogether.callbacks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.wearetogether.callbacks.CallbacksSettings;
import org.wearetogether.callbacks.internal.Callback.Outcome;
import org.wearetogether.callbacks.internal.Callback.Post;
import org.wearetogether.callbacks.internal.Callback.Status;
import org.wearetogether.callbacks.internal.CallbackLifecycle.Press;

class CallbackLifecycleTest {

    static final Instant T = Instant.parse("2026-12-08T10:00:00Z");
    static final CallbacksSettings SETTINGS = new CallbacksSettings(
            Duration.ofMinutes(30),
            Duration.ofMinutes(15),
            3,
            Duration.ofDays(1),
            Duration.ofDays(30),
            Duration.ofSeconds(10),
            "ru");
    final CallbackLifecycle lifecycle = new CallbackLifecycle(SETTINGS);

    static Callback fresh(CallbackLifecycle lifecycle) {
        return lifecycle.created("CB-1", "telegram:1", "1", "Anna", "en", "+79161234567", "RU-MOW", T);
    }

    @Test
    void aNewCallbackWaitsWithItsFirstCardOwedAndItsSlaDueInThirtyMinutes() {
        Callback c = fresh(lifecycle);
        assertThat(c.status()).isEqualTo(Status.WAITING);
        assertThat(c.postOwed()).isEqualTo(Post.NEW);
        assertThat(c.dueAt()).isEqualTo(T.plus(Duration.ofMinutes(30)));
        assertThat(lifecycle.due(c, T.plus(Duration.ofMinutes(29)))).isEmpty();
    }

    @Test
    void theSlaLapsedAnnouncesTheCardAgainAndRestartsTheTimer() {
        Instant late = T.plus(Duration.ofMinutes(30));
        Callback c = lifecycle.due(fresh(lifecycle), late).orElseThrow();
        assertThat(c.status()).isEqualTo(Status.WAITING);
        assertThat(c.postOwed()).isEqualTo(Post.LATE);
        assertThat(c.dueAt()).isEqualTo(late.plus(Duration.ofMinutes(30)));
    }

    @Test
    void calledClosesAndDropsThePhoneAndRecordsWhoCalled() {
        Callback c = lifecycle
                .pressed(fresh(lifecycle), Press.CALLED, "4004", "Olga", T.plusSeconds(60))
                .orElseThrow();
        assertThat(c.status()).isEqualTo(Status.CLOSED);
        assertThat(c.outcome()).isEqualTo(Outcome.CALLED);
        assertThat(c.closedById()).isEqualTo("4004");
        assertThat(c.phone()).isNull();
        assertThat(c.firstName()).isNull();
        assertThat(c.clean()).isTrue();
        assertThat(c.dueAt()).isNull();
        // a second press on the closed callback changes nothing
        assertThat(lifecycle.pressed(c, Press.NO_ANSWER, "4005", "Ivan", T.plusSeconds(61)))
                .isEmpty();
    }

    @Test
    void noAnswerPausesTheCardTwiceAndTheThirdTimeClosesItWithTheRequesterToBeTold() {
        Callback c = fresh(lifecycle);
        Instant now = T;
        for (int time = 1; time <= 2; time++) {
            c = lifecycle.pressed(c, Press.NO_ANSWER, "4004", "Olga", now).orElseThrow();
            assertThat(c.status()).isEqualTo(Status.PAUSED);
            assertThat(c.noAnswers()).isEqualTo(time);
            assertThat(c.dueAt()).isEqualTo(now.plus(Duration.ofMinutes(15)));
            assertThat(c.phone()).isNotNull();
            assertThat(lifecycle.pressed(c, Press.CALLED, "4004", "Olga", now)).isEmpty(); // paused: no press
            now = now.plus(Duration.ofMinutes(15));
            c = lifecycle.due(c, now).orElseThrow();
            assertThat(c.status()).isEqualTo(Status.WAITING);
            assertThat(c.postOwed()).isEqualTo(Post.RETRY);
            assertThat(CallbackLifecycle.attempt(c)).isEqualTo(time + 1);
        }
        c = lifecycle.pressed(c, Press.NO_ANSWER, "4004", "Olga", now).orElseThrow();
        assertThat(c.status()).isEqualTo(Status.CLOSED);
        assertThat(c.outcome()).isEqualTo(Outcome.NO_ANSWER);
        assertThat(c.noAnswers()).isEqualTo(3);
        assertThat(c.notifyOwed()).isTrue();
        assertThat(c.phone()).isNull();
    }

    @Test
    void filedAsRequestCloses() {
        Callback c = lifecycle
                .pressed(fresh(lifecycle), Press.FILED, "4004", "Olga", T)
                .orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.FILED);
        assertThat(c.notifyOwed()).isFalse();
    }

    @Test
    void aCallbackOpenLongerThanAllowedIsClosedAtItsNextTimer() {
        Instant dayLater = T.plus(Duration.ofDays(1));
        Callback c = lifecycle.due(fresh(lifecycle), dayLater).orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.EXPIRED);
        assertThat(c.phone()).isNull();
    }

    @Test
    void erasureClosesAnOpenCallbackAndDropsThePersonsIds() {
        Callback c = lifecycle.erased(fresh(lifecycle), T);
        assertThat(c.outcome()).isEqualTo(Outcome.ERASED);
        assertThat(c.chatKey()).isNull();
        assertThat(c.userId()).isNull();
        assertThat(c.phone()).isNull();
    }
}
