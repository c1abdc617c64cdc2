package org.wearetogether.telegram.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.backoff.BackOffExecution;
import org.wearetogether.chat.FrontDesk;
import org.wearetogether.chat.Inbound;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;
import org.wearetogether.telegram.TelegramSettings;

/**
 * Works one update off on its chat's lane: hands it to the front desk (which stores the replies it owes in the same
 * write), has the chat's owed replies delivered or kept for later, then marks it finished so the offset may pass it. While the store is unreachable the same input is handed in again with back-off for as long
 * as the channel runs (Spring's {@code ExponentialBackOff}; not {@code RetryTemplate}, whose attempts would have to
 * end and which cannot watch the shutdown flag); on shutdown the update is left unfinished, so Telegram re-delivers it.
 */
final class UpdateProcessing {

    private static final Logger log = LoggerFactory.getLogger(UpdateProcessing.class);
    static final Texts SLOW_DOWN = Texts.of(
            "Пожалуйста, помедленнее: я не успеваю читать так много сообщений. Подождите несколько секунд и напишите"
                    + " снова. Сообщения, отправленные за это время, я не увижу.",
            "Please slow down: I cannot read so many messages at once. Wait a few seconds and write again. Messages"
                    + " sent meanwhile will not be seen.");

    private final FrontDesk frontDesk;
    private final ReplySender sender;
    private final DeliveringReplies delivering;
    private final UpdateLedger ledger;
    private final TelegramSettings.Retry retry;
    private final BooleanSupplier running;

    UpdateProcessing(
            FrontDesk frontDesk,
            ReplySender sender,
            DeliveringReplies delivering,
            UpdateLedger ledger,
            TelegramSettings.Retry retry,
            BooleanSupplier running) {
        this.frontDesk = frontDesk;
        this.sender = sender;
        this.delivering = delivering;
        this.ledger = ledger;
        this.retry = retry;
        this.running = running;
    }

    void process(Incoming incoming) {
        long id = incoming.updateId();
        try {
            if (incoming instanceof Incoming.Handle handle && !handleAndReply(handle)) {
                return; // shutting down: left unfinished, Telegram delivers it again
            }
            if (incoming instanceof Incoming.Ignore ignore) {
                ignore(ignore);
            }
        } catch (RuntimeException e) {
            log.error("Update {} failed; confirming it so that it cannot block the chat", id, e);
        }
        io.micrometer.core.instrument.Metrics.counter("together.updates.handled")
                .increment();
        ledger.finish(id);
    }

    private boolean handleAndReply(Incoming.Handle handle) {
        Optional<List<Reply>> replies;
        try {
            replies = handOver(handle.inbound());
        } catch (RuntimeException e) {
            if (handle.target().isButtonPress()) {
                sender.answerPress(handle.target().callbackQueryId(), null, false);
            }
            throw e;
        }
        // the replies are stored with the input now: delivered, or kept for later, the update may be confirmed
        replies.ifPresent(r -> delivering.afterInput(handle.target(), handle.updateId()));
        return replies.isPresent();
    }

    /** The front desk's replies; empty when the channel stopped while the store was unreachable. */
    private Optional<List<Reply>> handOver(Inbound inbound) {
        BackOffExecution backOff = null;
        for (int attempt = 1; ; attempt++) {
            try {
                return Optional.of(frontDesk.handle(inbound));
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    throw e;
                }
                if (backOff == null) {
                    backOff = BackOffs.start(retry);
                }
                long delay = backOff.nextBackOff();
                log.warn(
                        "Update {}: store unreachable (attempt {}), trying again in {} ms: {}",
                        inbound.updateId(),
                        attempt,
                        delay,
                        e.toString());
                if (!running.getAsBoolean() || !pause(delay)) {
                    return Optional.empty();
                }
            }
        }
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The first update over the chat's inbound limit: not handed in; the person is asked once to slow down. */
    void slowDown(Incoming.Handle handle) {
        try {
            ReplyTarget target = handle.target();
            if (target.isButtonPress()) {
                sender.answerPress(target.callbackQueryId(), null, true);
            }
            String language = Texts.supportedLanguage(handle.inbound().languageTag());
            delivering.courtesy(ReplyTarget.chat(target.chatId()), Reply.Message.plain(SLOW_DOWN.in(language)));
        } catch (RuntimeException e) {
            log.warn("Could not ask chat {} to slow down: {}", handle.target().chatId(), e.toString());
        }
        ledger.finish(handle.updateId());
    }

    /** A button press over the inbound limit: not handed in, but answered, so that the spinner stops. */
    void overLimit(Incoming.Handle handle) {
        sender.answerPress(handle.target().callbackQueryId(), null, true);
        ledger.finish(handle.updateId());
    }

    private void ignore(Incoming.Ignore ignore) {
        log.debug("Update {} ignored: {}", ignore.updateId(), ignore.why());
        if (ignore.pressToAnswer() != null) {
            sender.answerPress(ignore.pressToAnswer().callbackQueryId(), null, false);
        }
    }
}
