package org.wearetogether.telegram.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.util.backoff.BackOffExecution;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.wearetogether.chat.ChannelSender;
import org.wearetogether.chat.FrontDesk;
import org.wearetogether.telegram.TelegramSettings;

/**
 * The Telegram channel as a whole: started and stopped with the application. Without a token it stays off and says
 * how to set one. With a token it connects in the background ({@code getMe} until it succeeds, never blocking or
 * failing start-up), registers the command menu and long-polls. On stop it ends the poll, lets running updates finish
 * and leaves the others unconfirmed, so Telegram delivers them again to the next run.
 */
public final class TelegramChannel implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramChannel.class);
    private static final long STOP_WAIT_MILLIS = 10_000;

    private final TelegramSettings settings;
    private final FrontDesk frontDesk;
    private final BotApiClients clients;
    private final TelegramCalls pollCalls;
    private final TelegramCalls sendCalls;
    private final ReplySender sender;
    private final OwedChats owedChats = new OwedChats();
    private final BotApiOutage outage = new BotApiOutage();
    private final DeliveringReplies delivering;
    private final UpdateLedger ledger = new UpdateLedger();
    private volatile ChannelStatus status = ChannelStatus.down("not started");
    private volatile String botUsername;
    private volatile boolean running;
    private volatile Thread poller;
    private ChatLanes lanes;
    private ScheduledExecutorService resendTimer;

    public TelegramChannel(TelegramSettings settings, FrontDesk frontDesk) {
        this(settings, frontDesk, new SimpleMeterRegistry());
    }

    public TelegramChannel(TelegramSettings settings, FrontDesk frontDesk, MeterRegistry meters) {
        this.settings = settings;
        this.frontDesk = frontDesk;
        this.clients = new BotApiClients(settings);
        this.pollCalls = new TelegramCalls(clients.polling, settings.retry());
        this.sendCalls = new TelegramCalls(clients.sending, settings.retry());
        this.sender = new ReplySender(sendCalls);
        this.delivering = new DeliveringReplies(sender, frontDesk, owedChats, outage, Clock.systemUTC(), meters);
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        if (!settings.hasToken()) {
            status = ChannelStatus.down("no bot token: set TELEGRAM_BOT_TOKEN");
            log.warn("Telegram channel is off: set the environment variable TELEGRAM_BOT_TOKEN to the token "
                    + "@BotFather gave you, and restart.");
            return;
        }
        running = true;
        lanes = new ChatLanes(settings.workers());
        status = ChannelStatus.down("connecting to " + settings.apiUrl());
        poller = new Thread(this::run, "telegram-poller");
        poller.start();
        startResending();
    }

    /** The re-send loop of kept replies, on a timer of its own until the job registry runs it. */
    private void startResending() {
        var resending = new ResendingOwedReplies(
                delivering, owedChats, outage, frontDesk, lanes, settings.retry(), Clock.systemUTC());
        resendTimer = Executors.newSingleThreadScheduledExecutor(new CustomizableThreadFactory("telegram-resend-"));
        long every = settings.resendInterval().toMillis();
        resendTimer.scheduleWithFixedDelay(
                () -> {
                    try {
                        resending.runOnce();
                    } catch (RuntimeException e) {
                        log.warn("The re-send loop failed once; it runs again: {}", e.toString());
                    }
                },
                every,
                every,
                TimeUnit.MILLISECONDS);
    }

    private void run() {
        try {
            connect();
            var processing =
                    new UpdateProcessing(frontDesk, sender, delivering, ledger, settings.retry(), () -> running);
            var reader = new UpdateReader(() -> botUsername);
            new LongPolling(
                            pollCalls,
                            reader,
                            ledger,
                            lanes,
                            processing,
                            new FloodGate(settings.flood()),
                            settings,
                            () -> running,
                            this::setStatus)
                    .run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            status = ChannelStatus.down("poll loop failed: " + e);
            log.error("The Telegram poll loop stopped", e);
        }
    }

    /** getMe until it succeeds, then the webhook off (long polling needs it) and the command menu. */
    private void connect() throws InterruptedException {
        BackOffExecution backOff = BackOffs.start(settings.retry());
        while (running) {
            try {
                var me = pollCalls.once(new GetMe());
                botUsername = me.getUserName();
                status = ChannelStatus.up("@" + botUsername);
                log.info("Telegram channel connected as @{} at {}", botUsername, settings.apiUrl());
                break;
            } catch (CallFailed e) {
                long delay = backOff.nextBackOff();
                status = ChannelStatus.down("cannot reach the Bot API: " + e.getMessage());
                log.warn("Telegram Bot API not reachable, trying again in {} ms: {}", delay, e.getMessage());
                Thread.sleep(delay);
            }
        }
        try {
            pollCalls.call(DeleteWebhook.builder().dropPendingUpdates(false).build());
        } catch (CallFailed e) {
            log.warn("Could not remove a webhook; polling may fail with 409: {}", e.getMessage());
        }
        new CommandMenu(sendCalls).register(frontDesk.commands());
    }

    private void setStatus(ChannelStatus newStatus) {
        if (botUsername != null) {
            status = newStatus.up() ? ChannelStatus.up("@" + botUsername) : newStatus;
        }
    }

    @Override
    public void stop() {
        Thread thread;
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
            thread = poller;
        }
        thread.interrupt();
        clients.cancelPolling();
        resendTimer.shutdownNow();
        try {
            thread.join(STOP_WAIT_MILLIS);
            if (!lanes.shutdown(STOP_WAIT_MILLIS)) {
                log.warn("Some chats were still being processed at shutdown; Telegram will deliver them again");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        clients.close();
        status = ChannelStatus.down("stopped");
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether the poll loop still runs (false once {@link #stop()} ended it, even while updates finish). */
    public boolean isPolling() {
        Thread thread = poller;
        return thread != null && thread.isAlive();
    }

    public ChannelStatus status() {
        return status;
    }

    /** Sends unprompted replies; works whenever the Bot API is reachable. */
    public ChannelSender sender() {
        return new TelegramChannelSender(sender, delivering, new Announcer(sendCalls), settings.hasToken());
    }
}
