package org.wearetogether.callbacks.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.wearetogether.callbacks.CallbacksSettings;
import org.wearetogether.chat.ChatDelivery;
import org.wearetogether.chat.ChatSettings;
import org.wearetogether.dialog.Reply;
import org.wearetogether.jobs.Job;
import org.wearetogether.jobs.JobRun;
import org.wearetogether.jobs.Schedule;
import org.wearetogether.jobs.Sweep;

/**
 * The job {@code callback-sweeps}: due timers (a late card announced again, a paused one back), cards owed, cards to
 * edit to their stub, and the requester's "please call the hotline" owed. Everything it acts on is stored, so a
 * restart in the middle delays it and loses nothing; a timer is claimed by a version-guarded write, so it fires once.
 */
final class CallbackSweeps implements Job {

    static final String NAME = "callback-sweeps";
    private static final int BATCH = 100;

    private final MongoCallbacks store;
    private final CallbackLifecycle lifecycle;
    private final CallbackCards cards;
    private final ChatDelivery delivery;
    private final ChatSettings chat;
    private final CallbacksSettings settings;
    private final Clock clock;

    CallbackSweeps(
            MongoCallbacks store,
            CallbackLifecycle lifecycle,
            CallbackCards cards,
            ChatDelivery delivery,
            ChatSettings chat,
            CallbacksSettings settings,
            Clock clock) {
        this.store = store;
        this.lifecycle = lifecycle;
        this.cards = cards;
        this.delivery = delivery;
        this.chat = chat;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(settings.sweepInterval()).nudgedAtMostEvery(java.time.Duration.ofMillis(200));
    }

    @Override
    public void run(JobRun run) {
        Sweep.runAll(
                "callback sweep",
                List.of(
                        new Sweep("timers", this::fireDue),
                        new Sweep("cards", this::postOwed),
                        new Sweep("stubs", this::clean),
                        new Sweep("notices", this::notifyOwed)),
                run);
    }

    void sweepOnce() {
        fireDue();
        postOwed();
        clean();
        notifyOwed();
    }

    void fireDue() {
        for (Callback c : store.due(clock.instant(), BATCH)) {
            Optional<Callback> next = lifecycle.due(c, clock.instant());
            if (next.isPresent()) {
                store.write(c, next.get()).ifPresent(cards::post);
            }
        }
    }

    void postOwed() {
        store.postsOwed(BATCH).forEach(cards::post);
    }

    void clean() {
        store.toClean(BATCH).forEach(cards::clean);
    }

    void notifyOwed() {
        for (Callback c : store.notificationsOwed(BATCH)) {
            if (c.chatKey() != null) {
                String text = CallbackTexts.GAVE_UP.in(c.language()).formatted(chat.hotline());
                delivery.send(c.chatKey(), List.of(Reply.Message.plain(text)));
            }
            store.notified(c.id());
        }
    }
}
