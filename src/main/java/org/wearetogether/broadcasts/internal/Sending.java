package org.wearetogether.broadcasts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wearetogether.broadcasts.BroadcastSettings;
import org.wearetogether.chat.BlockedChats;
import org.wearetogether.chat.ChannelSender;
import org.wearetogether.chat.ChannelSender.Announced;
import org.wearetogether.chat.QuietHours;
import org.wearetogether.dialog.Reply;
import org.wearetogether.jobs.JobRun;

/**
 * Delivers every broadcast, one step at a time, from the one job {@link BroadcastSending}. Each step sends one batch of one broadcast (round robin), after marking
 * the batch "in flight" in the ledger and before marking what came of each message; so after a hard crash at most one
 * batch ({@link BroadcastSettings#batch()} messages) may be sent again, and a normal restart resumes without loss or
 * duplicates. Between batches it adds a ledger chunk while the ledger is incomplete, edits the authors' progress
 * messages and finishes broadcasts with nobody left.
 */
final class Sending {

    private static final Logger log = LoggerFactory.getLogger(Sending.class);
    static final Duration IDLE = Duration.ofMillis(100);

    private final MongoBroadcasts broadcasts;
    private final MongoLedger ledger;
    private final MongoOptOuts optOuts;
    private final BlockedChats blocked;
    private final LedgerBuilding building;
    private final Channels channels;
    private final Consumer<String> unreachable;
    private final BroadcastSettings settings;
    private final Clock clock;
    private final Pacing pacing;
    private final QuietHours quiet;
    private final Runnable wakeJob;

    private final Map<Long, ActiveBroadcast> active = new LinkedHashMap<>();
    private final Set<Long> cancelRequests = ConcurrentHashMap.newKeySet();
    private final Object signal = new Object();
    private volatile boolean nudged = true;
    private Instant nextRefresh = Instant.MIN;
    private int turn;

    Sending(
            MongoBroadcasts broadcasts,
            MongoLedger ledger,
            MongoOptOuts optOuts,
            BlockedChats blocked,
            LedgerBuilding building,
            Channels channels,
            Consumer<String> unreachable,
            BroadcastSettings settings,
            Clock clock,
            Runnable wakeJob) {
        this.broadcasts = broadcasts;
        this.ledger = ledger;
        this.optOuts = optOuts;
        this.blocked = blocked;
        this.building = building;
        this.channels = channels;
        this.unreachable = unreachable;
        this.settings = settings;
        this.clock = clock;
        this.pacing = new Pacing(settings.rate(), settings.perChat(), clock);
        this.quiet = new QuietHours(settings.quietFrom(), settings.quietUntil());
        this.wakeJob = wakeJob;
    }

    QuietHours quietHours() {
        return quiet;
    }

    /** Looks at the store soon: a new broadcast was confirmed or one was cancelled. */
    void nudge() {
        nudged = true;
        synchronized (signal) {
            signal.notifyAll();
        }
        wakeJob.run();
    }

    /** Stops sending a broadcast at once (its cancellation is already stored). */
    void cancelled(long id) {
        cancelRequests.add(id);
        nudge();
    }

    /** After a failure: forgets what it holds in memory, so that the next step reads the store and ledger again. */
    void reload() {
        active.clear();
        nextRefresh = Instant.MIN;
        nudged = true;
    }

    /**
     * One unit of work; false when there was nothing to do now. Throws {@link InterruptedException} when the run is
     * asked to stop (after storing the results of the messages sent).
     */
    boolean step(JobRun run) throws InterruptedException {
        Instant now = clock.instant();
        if (nudged || !now.isBefore(nextRefresh)) {
            nudged = false;
            nextRefresh = now.plus(settings.refreshEvery());
            refresh();
        }
        progress(now, false);
        Duration paused = pacing.paused();
        if (!paused.isZero()) {
            idle(paused.compareTo(IDLE) < 0 ? paused : IDLE, run);
            return true;
        }
        List<ActiveBroadcast> order = new ArrayList<>(active.values());
        boolean worked = false;
        for (int i = 0; i < order.size(); i++) {
            ActiveBroadcast a = order.get((turn + i) % order.size());
            if (cancelRequests.contains(a.id())) {
                continue;
            }
            if (!a.broadcast.complete()) {
                worked = true;
                if (!building.buildNext(a)) {
                    nextRefresh = Instant.MIN;
                    active.remove(a.id());
                    return true;
                }
            }
            ActiveBroadcast.Batch batch = a.next(now, settings.batch(), pacing, quiet, settings.inFlightTimeout());
            if (batch != null) {
                turn = (turn + i + 1) % Math.max(1, order.size());
                deliver(a, batch, run);
                return true;
            }
            if (a.finished()) {
                finish(a);
                worked = true;
            }
        }
        return worked;
    }

    private void refresh() {
        Map<Long, Broadcast> stored = new LinkedHashMap<>();
        for (Broadcast b : broadcasts.active()) {
            stored.put(b.id(), b);
        }
        active.keySet().removeIf(id -> !stored.containsKey(id));
        cancelRequests.removeIf(id -> !stored.containsKey(id));
        for (Broadcast b : stored.values()) {
            ActiveBroadcast a = active.get(b.id());
            if (b.state() == Broadcast.State.CANCELLED) {
                reportCancelled(a != null ? a : load(b), b);
                continue;
            }
            if (a == null) {
                active.put(b.id(), load(b));
            }
        }
    }

    private ActiveBroadcast load(Broadcast b) {
        ActiveBroadcast a = new ActiveBroadcast(b);
        for (int no = 0; no < b.built(); no++) {
            a.chunks.add(ledger.load(b.id(), no)
                    .orElseThrow(() -> new IllegalStateException("ledger chunk missing of broadcast " + b.id())));
        }
        return a;
    }

    private void deliver(ActiveBroadcast a, ActiveBroadcast.Batch batch, JobRun run) throws InterruptedException {
        List<String> keys = batch.recipients().stream().map(r -> r.chatKey).toList();
        Set<String> optedOut = optOuts.among(keys);
        Set<String> blockedNow = blocked.among(keys);
        Instant now = clock.instant();
        List<Recipient> toSend = new ArrayList<>();
        for (Recipient r : batch.recipients()) {
            if (optedOut.contains(r.chatKey)) {
                r.mark = Recipient.Mark.OPTED_OUT;
            } else if (blockedNow.contains(r.chatKey)) {
                r.mark = Recipient.Mark.BLOCKED;
            } else {
                r.mark = Recipient.Mark.IN_FLIGHT;
                r.at = now;
                toSend.add(r);
            }
        }
        if (!ledger.save(batch.chunk())) {
            reload(a, batch.chunk());
            return;
        }
        boolean interrupted = false;
        for (Recipient r : toSend) {
            if (interrupted
                    || cancelRequests.contains(a.id())
                    || !pacing.paused().isZero()
                    || run.stopRequested()) {
                r.mark = Recipient.Mark.PENDING;
                r.at = null;
                continue;
            }
            try {
                pacing.acquire();
            } catch (InterruptedException e) {
                interrupted = true;
                r.mark = Recipient.Mark.PENDING;
                r.at = null;
                continue;
            }
            Announced result = announce(r.chatKey, a.broadcast);
            pacing.sentTo(r.chatKey);
            apply(r, result);
        }
        if (!ledger.save(batch.chunk())) {
            reload(a, batch.chunk());
        }
        if (interrupted) {
            throw new InterruptedException("stopping");
        }
    }

    private Announced announce(String chatKey, Broadcast b) {
        var sender = channels.of(chatKey);
        if (sender.isEmpty()) {
            return new ChannelSender.Failed("no channel for " + chatKey, true);
        }
        try {
            return sender.get().announce(Channels.chatId(chatKey), b.post());
        } catch (RuntimeException e) {
            return new ChannelSender.Failed(String.valueOf(e.getMessage()), false);
        }
    }

    private void apply(Recipient r, Announced result) {
        r.at = null;
        if (result instanceof ChannelSender.Delivered) {
            r.mark = Recipient.Mark.SENT;
            r.reason = null;
        } else if (result instanceof ChannelSender.Throttled throttled) {
            r.mark = Recipient.Mark.PENDING;
            Duration wait = throttled.retryAfter() == null ? Duration.ofSeconds(1) : throttled.retryAfter();
            log.info("The channel asks to wait {} before the next announcement", wait);
            pacing.pause(wait);
        } else if (result instanceof ChannelSender.Blocked b) {
            r.mark = Recipient.Mark.UNREACHABLE;
            r.reason = b.reason();
            try {
                unreachable.accept(r.chatKey);
            } catch (RuntimeException e) {
                log.warn("Could not record {} as unreachable", r.chatKey, e);
            }
        } else {
            ChannelSender.Failed failed = (ChannelSender.Failed) result;
            r.attempts++;
            r.reason = failed.reason();
            if (failed.permanent() || r.attempts >= settings.attempts()) {
                r.mark = Recipient.Mark.FAILED;
            } else {
                r.mark = Recipient.Mark.PENDING;
                r.at = clock.instant().plus(settings.retryAfter().multipliedBy(1L << Math.min(20, r.attempts - 1)));
            }
        }
    }

    private void reload(ActiveBroadcast a, Chunk chunk) {
        log.info("Ledger chunk {}:{} was changed by another sender; reading it again", a.id(), chunk.no);
        Chunk fresh = ledger.load(a.id(), chunk.no).orElseThrow();
        a.chunks.set(chunk.no, fresh);
    }

    private void finish(ActiveBroadcast a) {
        Instant now = clock.instant();
        Broadcast.Report report = a.report(now, quiet);
        active.remove(a.id());
        if (broadcasts.finish(a.id(), report, now)) {
            log.info("Broadcast {} done: {}", a.id(), report);
            finalReport(a, ProgressView.done(a.broadcast, report));
        }
    }

    private void reportCancelled(ActiveBroadcast a, Broadcast b) {
        a.broadcast = b;
        active.remove(b.id());
        cancelRequests.remove(b.id());
        Broadcast.Report report = a.report(clock.instant(), quiet);
        if (broadcasts.reportCancelled(b.id(), report)) {
            log.info("Broadcast {} cancelled: {}", b.id(), report);
            finalReport(a, ProgressView.cancelled(b, report));
        }
    }

    private void finalReport(ActiveBroadcast a, Reply.Message report) {
        Broadcast b = a.broadcast;
        channels.of(b.authorChat()).ifPresent(sender -> {
            String chatId = Channels.chatId(b.authorChat());
            try {
                if (b.progressMessage() != null) {
                    sender.edit(chatId, b.progressMessage(), report);
                }
                sender.post(chatId, report);
            } catch (RuntimeException e) {
                log.info("Could not post the final report of broadcast {}: {}", b.id(), e.getMessage());
            }
        });
    }

    /** Posts or edits the progress messages that are due (all of them when {@code force}). */
    private void progress(Instant now, boolean force) {
        for (ActiveBroadcast a : active.values()) {
            if (!force && now.isBefore(a.lastProgress.plus(settings.progressEvery()))) {
                continue;
            }
            a.lastProgress = now;
            Broadcast.Report report = a.report(now, quiet);
            Reply.Message message = ProgressView.progress(a.broadcast, report, settings.rate(), pacing.paused());
            if (message.text().equals(a.lastProgressText)) {
                continue;
            }
            a.lastProgressText = message.text();
            broadcasts.saveReport(a.id(), report);
            showProgress(a, message);
        }
    }

    private void showProgress(ActiveBroadcast a, Reply.Message message) {
        Broadcast b = a.broadcast;
        var sender = channels.of(b.authorChat());
        if (sender.isEmpty()) {
            return;
        }
        String chatId = Channels.chatId(b.authorChat());
        try {
            if (b.progressMessage() == null) {
                String id = sender.get().post(chatId, message);
                if (broadcasts.keepProgressMessage(b.id(), id)) {
                    a.broadcast = b.withProgressMessage(id);
                }
            } else {
                sender.get().edit(chatId, b.progressMessage(), message);
            }
        } catch (RuntimeException e) {
            log.info("Could not show the progress of broadcast {}: {}", b.id(), e.getMessage());
        }
    }

    private void idle(Duration upTo, JobRun run) throws InterruptedException {
        synchronized (signal) {
            if (!nudged && !run.stopRequested()) {
                signal.wait(Math.max(1, upTo.toMillis()));
            }
        }
        if (run.stopRequested()) {
            throw new InterruptedException("stopping");
        }
    }
}
