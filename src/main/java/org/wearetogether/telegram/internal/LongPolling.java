package org.wearetogether.telegram.internal;

import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.backoff.BackOffExecution;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.wearetogether.telegram.TelegramSettings;

/**
 * The poll loop, our own rather than the library's {@code BotSession}, which moves the offset past an update before
 * it is processed. Here the offset sent to Telegram comes from the {@link UpdateLedger}: it passes an update only
 * after the update finished. Updates are read, then queued on their chat's lane. Telegram re-delivers everything from
 * the offset on, so at most {@code pollLimit} updates beyond the oldest unfinished one can be in work: when a poll
 * brings nothing new, the loop waits for an update to finish instead of asking again at once (backpressure). A chat
 * over its inbound limit ({@link FloodGate}) is turned away here, before it takes a worker.
 */
final class LongPolling {

    private static final Logger log = LoggerFactory.getLogger(LongPolling.class);
    private static final long WAIT_FOR_PROGRESS_MILLIS = 1_000;

    private final TelegramCalls calls;
    private final UpdateReader reader;
    private final UpdateLedger ledger;
    private final ChatLanes lanes;
    private final UpdateProcessing processing;
    private final FloodGate floodGate;
    private final TelegramSettings settings;
    private final BooleanSupplier running;
    private final Consumer<ChannelStatus> status;

    LongPolling(
            TelegramCalls calls,
            UpdateReader reader,
            UpdateLedger ledger,
            ChatLanes lanes,
            UpdateProcessing processing,
            FloodGate floodGate,
            TelegramSettings settings,
            BooleanSupplier running,
            Consumer<ChannelStatus> status) {
        this.calls = calls;
        this.reader = reader;
        this.ledger = ledger;
        this.lanes = lanes;
        this.processing = processing;
        this.floodGate = floodGate;
        this.settings = settings;
        this.running = running;
        this.status = status;
    }

    void run() throws InterruptedException {
        BackOffExecution failures = null;
        while (running.getAsBoolean()) {
            long progress = ledger.progress();
            if (ledger.pending() >= settings.pollLimit()) {
                ledger.awaitProgressSince(progress, 1, WAIT_FOR_PROGRESS_MILLIS);
                continue;
            }
            List<Update> updates;
            try {
                updates = calls.once(request(ledger.offset()));
                if (failures != null) {
                    status.accept(ChannelStatus.up("polling again"));
                    failures = null;
                }
            } catch (CallFailed e) {
                if (!running.getAsBoolean()) {
                    return;
                }
                failures = failures == null ? BackOffs.start(settings.retry()) : failures;
                // a 429 says how long to wait; anything else backs off
                long delay = e.isRateLimited() ? e.retryAfterSeconds() * 1000L : failures.nextBackOff();
                log.warn("getUpdates failed, trying again in {} ms: {}", delay, e.getMessage());
                status.accept(ChannelStatus.down("getUpdates failing: " + e.getMessage()));
                Thread.sleep(delay);
                continue;
            }
            int fresh = dispatch(updates);
            if (updates.size() - fresh > fresh) {
                // Mostly updates already taken: Telegram hands back everything from the offset on, so asking again
                // at once would fetch and parse them again for little new (at saturation each update was fetched
                // 15 times). Wait until a quarter of those in work finished, which leaves the rest to keep the
                // workers busy; with few in work (a normal load) that is the next one to finish. Not a quarter of
                // all pending: those finished behind a slow one cannot finish again, and the wait would run out.
                ledger.awaitProgressSince(progress, Math.max(1, ledger.inWork() / 4), WAIT_FOR_PROGRESS_MILLIS);
            }
        }
    }

    private GetUpdates request(long offset) {
        return new TolerantGetUpdates(
                Math.toIntExact(offset),
                settings.pollLimit(),
                (int) settings.pollTimeout().toSeconds(),
                ledger::taken);
    }

    /** Queues the updates not seen before; returns how many. */
    private int dispatch(List<Update> updates) {
        int fresh = 0;
        for (Update update : updates) {
            long id = update.getUpdateId();
            if (!ledger.accept(id)) {
                continue;
            }
            fresh++;
            Incoming incoming = readSafely(update);
            if (incoming instanceof Incoming.Ignore ignore && ignore.pressToAnswer() == null) {
                log.debug("Update {} ignored: {}", id, ignore.why());
                ledger.finish(id);
                continue;
            }
            try {
                Runnable work = workFor(incoming);
                if (work != null) {
                    lanes.submit(laneOf(incoming), work);
                }
            } catch (RejectedExecutionException e) {
                return fresh; // shutting down: the update stays unconfirmed
            }
        }
        return fresh;
    }

    /** The work for an update, after the chat's inbound limit; null when there is none (confirmed at once). */
    private Runnable workFor(Incoming incoming) {
        if (!(incoming instanceof Incoming.Handle handle)) {
            return () -> processing.process(incoming);
        }
        return switch (floodGate.admit(handle.target().chatKey())) {
            case PASS -> () -> processing.process(incoming);
            case SLOW_DOWN -> () -> processing.slowDown(handle);
            case DROP -> {
                if (handle.target().isButtonPress()) {
                    yield () -> processing.overLimit(handle);
                }
                ledger.finish(handle.updateId());
                yield null;
            }
        };
    }

    private Incoming readSafely(Update update) {
        try {
            return reader.read(update);
        } catch (RuntimeException e) {
            log.error("Update {} could not be read; confirming it", update.getUpdateId(), e);
            return new Incoming.Ignore(update.getUpdateId(), "unreadable", null);
        }
    }

    private static String laneOf(Incoming incoming) {
        return incoming instanceof Incoming.Handle handle ? handle.target().chatId() : "update:" + incoming.updateId();
    }
}
