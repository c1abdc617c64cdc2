package org.wearetogether.telegram.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.util.backoff.BackOffExecution;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.wearetogether.chat.ChannelSender;
import org.wearetogether.chat.FrontDesk;
import org.wearetogether.jobs.Leadership;
import org.wearetogether.jobs.SoleInstance;
import org.wearetogether.telegram.TelegramSettings;

/**
 * The Telegram channel as a whole: started and stopped with the application. Without a token it stays off and says
 * how to set one. With a token it polls while this instance holds the lease ({@link Leadership}; always, with the
 * embedded store). It connects first, leader or standby ({@code getMe} until it succeeds, never blocking or failing
 * start-up; the command menu in the background), and on gaining the lease long-polls with a fresh {@link UpdateLedger} from offset 0, so Telegram hands
 * back every update not confirmed yet and the chat records recognise the ones already applied. On losing the lease,
 * or on stop, it ends the poll, lets running updates finish and leaves the others unconfirmed, so Telegram delivers
 * them again to whoever polls next. A poll loop that dies of an unexpected error is restarted with back-off
 * ({@link PollSupervisor}). Replies and unprompted messages are sent on any instance.
 */
public final class TelegramChannel implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramChannel.class);
    private static final long STOP_WAIT_MILLIS = 10_000;

    private final TelegramSettings settings;
    private final FrontDesk frontDesk;
    private final Leadership leadership;
    private final BotApiClients clients;
    private final TelegramCalls pollCalls;
    private final TelegramCalls sendCalls;
    private final ReplySender sender;
    private final OwedChats owedChats = new OwedChats();
    private final BotApiOutage outage = new BotApiOutage();
    private final DeliveringReplies delivering;
    private final FloodGate floodGate;
    private final PollSupervisor supervisor;
    private volatile ChannelStatus status = ChannelStatus.down("not started");
    private volatile String botUsername;
    private volatile boolean running;
    private ChatLanes lanes;
    private volatile ResendingOwedReplies resending;
    private volatile Thread menuRegistration;

    /** A channel that always polls: the only instance. */
    public TelegramChannel(TelegramSettings settings, FrontDesk frontDesk) {
        this(settings, frontDesk, new SoleInstance("telegram"), new SimpleMeterRegistry());
    }

    public TelegramChannel(
            TelegramSettings settings, FrontDesk frontDesk, Leadership leadership, MeterRegistry meters) {
        this.settings = settings;
        this.frontDesk = frontDesk;
        this.leadership = leadership;
        this.clients = new BotApiClients(settings);
        this.pollCalls = new TelegramCalls(clients.polling, settings.retry());
        this.sendCalls = new TelegramCalls(clients.sending, settings.retry());
        this.sender = new ReplySender(sendCalls);
        this.delivering = new DeliveringReplies(sender, frontDesk, owedChats, outage, Clock.systemUTC(), meters);
        this.floodGate = new FloodGate(settings.flood());
        this.supervisor = new PollSupervisor(
                leadership, new Polling(), settings.retry(), this::setStatus, clients::cancelPolling);
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
        resending = new ResendingOwedReplies(
                delivering, owedChats, outage, frontDesk, lanes, settings.retry(), Clock.systemUTC());
        supervisor.start();
    }

    /**
     * One pass of the re-send of kept replies (the job {@code reply-resend}, on the lease holder): queues the chats
     * owed replies on their lanes. Nothing while the channel is off.
     */
    public void resendOwed() {
        ResendingOwedReplies current = resending;
        if (running && current != null) {
            current.runOnce();
        }
    }

    /** A term of polling, while this instance leads: a new ledger, so Telegram re-delivers what is unconfirmed. */
    private final class Polling implements PollSupervisor.Term {

        @Override
        public void prepare(BooleanSupplier running) throws InterruptedException {
            connect(running);
        }

        @Override
        public void run(BooleanSupplier active) throws InterruptedException {
            status = ChannelStatus.up("@" + botUsername);
            var ledger = new UpdateLedger();
            var processing =
                    new UpdateProcessing(frontDesk, sender, delivering, ledger, settings.retry(), () -> running);
            var reader = new UpdateReader(() -> botUsername);
            log.info("Telegram channel polls as @{} (instance {})", botUsername, leadership.instanceId());
            new LongPolling(
                            pollCalls,
                            reader,
                            ledger,
                            lanes,
                            processing,
                            floodGate,
                            settings,
                            active,
                            TelegramChannel.this::setStatus)
                    .run();
        }
    }

    /**
     * getMe until it succeeds, then the webhook off (long polling needs it) and the command menu (in the background):
     * once per process, on a standby too (none of it disturbs the instance that polls), so that taking over starts
     * with the poll.
     */
    private void connect(BooleanSupplier running) throws InterruptedException {
        BackOffExecution backOff = BackOffs.start(settings.retry());
        while (running.getAsBoolean()) {
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
        if (botUsername == null) {
            return;
        }
        try {
            pollCalls.call(DeleteWebhook.builder().dropPendingUpdates(false).build());
        } catch (CallFailed e) {
            log.warn("Could not remove a webhook; polling may fail with 409: {}", e.getMessage());
        }
        // the menu is a convenience (Telegram keeps the last one; a failure is only logged): registered beside the
        // first poll rather than before it, so that three round trips do not delay the first reply after a restart
        menuRegistration = Thread.ofVirtual()
                .name("command-menu")
                .start(() -> new CommandMenu(sendCalls).register(frontDesk.commands()));
    }

    private void setStatus(ChannelStatus newStatus) {
        if (newStatus.up() && !newStatus.standby()) {
            if (botUsername != null) {
                status = ChannelStatus.up("@" + botUsername);
            }
            return;
        }
        status = newStatus;
    }

    @Override
    public void stop() {
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
        }
        Thread menu = menuRegistration;
        if (menu != null) {
            menu.interrupt(); // a menu still being retried is not worth waiting for
        }
        try {
            supervisor.stop(STOP_WAIT_MILLIS);
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

    /** Whether the poll loop's thread still runs (false once {@link #stop()} ended it, even while updates finish). */
    public boolean isPolling() {
        return supervisor.isAlive();
    }

    public ChannelStatus status() {
        return status;
    }

    /** This instance's id, as the lease names it. */
    String instanceId() {
        return leadership.instanceId();
    }

    /** Sends unprompted replies; works whenever the Bot API is reachable, on the leader and on a standby alike. */
    public ChannelSender sender() {
        return new TelegramChannelSender(sender, delivering, new Announcer(sendCalls), settings.hasToken());
    }
}
