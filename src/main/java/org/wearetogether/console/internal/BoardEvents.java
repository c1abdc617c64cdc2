package org.wearetogether.console.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.wearetogether.access.CoordinatorRemoved;
import org.wearetogether.intake.HelpRequestSubmitted;
import org.wearetogether.intake.RequestStatusChanged;

/**
 * Tells open boards that a request of a region they show changed, by server-sent events named {@code changed} (no
 * number, no data: the board then asks for its columns again, through the login gate). Events are sent on a thread of
 * their own, so a slow browser never holds up the chat worker that changed the request.
 *
 * <p>The events are in-process: a board hears the changes made by the instance it is connected to. With several
 * instances behind one proxy, the board also asks again every minute (see the page), so a change made elsewhere shows
 * within that.
 */
@Component
class BoardEvents implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BoardEvents.class);
    /** How long one stream stays open; the browser opens a new one (through the gate) after it. */
    static final Duration STREAM = Duration.ofMinutes(30);

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("console-events").daemon(true).factory());
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("console-heartbeat").daemon(true).factory());

    BoardEvents() {
        heartbeat.scheduleWithFixedDelay(this::beat, 25, 25, TimeUnit.SECONDS);
    }

    SseEmitter subscribe(Staff staff) {
        SseEmitter emitter = new SseEmitter(STREAM.toMillis());
        Subscriber subscriber = new Subscriber(staff, emitter);
        subscribers.add(subscriber);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(e -> subscribers.remove(subscriber));
        post(() -> send(subscriber, SseEmitter.event().comment("hello")));
        return emitter;
    }

    @EventListener
    void on(HelpRequestSubmitted event) {
        changed(event.regionCode());
    }

    @EventListener
    void on(RequestStatusChanged event) {
        changed(event.request().regionCode());
    }

    /** A removed coordinator's open boards stop at once (their next request would be turned away anyway). */
    @EventListener
    void on(CoordinatorRemoved event) {
        post(() -> subscribers.stream()
                .filter(s -> s.staff().userId().equals(event.userId()))
                .forEach(s -> s.emitter().complete()));
    }

    /** How many boards listen (for tests). */
    int listening() {
        return subscribers.size();
    }

    private void changed(String regionCode) {
        post(() -> subscribers.stream()
                .filter(s -> s.staff().sees(regionCode))
                .forEach(s -> send(s, SseEmitter.event().name("changed").data("1"))));
    }

    private void beat() {
        post(() -> subscribers.forEach(s -> send(s, SseEmitter.event().comment("."))));
    }

    /** Hands work to the sending thread; after shutdown nothing is sent, and the caller (a chat worker) is not hurt. */
    private void post(Runnable work) {
        try {
            sender.execute(work);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("Console events are stopped; not sent");
        }
    }

    private void send(Subscriber subscriber, SseEmitter.SseEventBuilder event) {
        try {
            subscriber.emitter().send(event);
        } catch (IOException | IllegalStateException e) {
            LOG.debug("A board's event stream closed: {}", e.toString());
            subscribers.remove(subscriber);
        }
    }

    /**
     * Ends every stream when the service stops, before the web server's graceful shutdown, which would otherwise wait
     * for these never-ending answers.
     */
    @EventListener(org.springframework.context.event.ContextClosedEvent.class)
    void stopping() {
        close();
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        sender.shutdownNow();
        List<Subscriber> open = List.copyOf(subscribers);
        subscribers.clear();
        open.forEach(s -> {
            try {
                s.emitter().complete();
            } catch (RuntimeException e) {
                LOG.debug("A board's event stream was already gone: {}", e.toString());
            }
        });
    }

    private record Subscriber(Staff staff, SseEmitter emitter) {}
}
