package org.wearetogether.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import org.wearetogether.chat.ChatCommand;
import org.wearetogether.chat.FrontDesk;
import org.wearetogether.chat.Inbound;
import org.wearetogether.chat.OwedReply;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.Texts;

/**
 * A front desk that records every input and answers as the test tells it (by default: one plain echo message); it
 * keeps the owed replies in memory, as the real one keeps them in the store.
 */
final class RecordingFrontDesk implements FrontDesk {

    private final List<Inbound> handled = new ArrayList<>();
    private final List<String> unreachable = new ArrayList<>();
    private final Map<String, List<OwedReply>> owed = new HashMap<>();
    private long seq;
    private volatile Function<Inbound, List<Reply>> answer =
            in -> List.of(Reply.Message.plain("echo " + in.updateId()));

    void answerWith(Function<Inbound, List<Reply>> behaviour) {
        this.answer = behaviour;
    }

    @Override
    public List<Reply> handle(Inbound inbound) {
        List<Reply> replies = answer.apply(inbound); // may block or throw, as a real store can
        synchronized (this) {
            handled.add(inbound);
            owe(inbound.person().chatKey(), inbound.updateId(), replies);
            notifyAll();
        }
        return replies;
    }

    @Override
    public synchronized List<OwedReply> owed(String chatKey) {
        return List.copyOf(owed.getOrDefault(chatKey, List.of()));
    }

    @Override
    public synchronized void delivered(String chatKey, long seq) {
        owed.getOrDefault(chatKey, new ArrayList<>()).removeIf(o -> o.seq() <= seq);
    }

    @Override
    public synchronized void owe(String chatKey, List<Reply> replies) {
        owe(chatKey, OwedReply.UNPROMPTED, replies);
    }

    @Override
    public synchronized List<String> chatsOwed(int limit) {
        return owed.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .limit(limit)
                .toList();
    }

    private void owe(String chatKey, long updateId, List<Reply> replies) {
        var chat = owed.computeIfAbsent(chatKey, k -> new ArrayList<>());
        replies.forEach(reply -> chat.add(new OwedReply(++seq, updateId, reply)));
    }

    @Override
    public List<ChatCommand.Description> commands() {
        return List.of(
                new ChatCommand.Description("start", Texts.of("Начать", "Start")),
                new ChatCommand.Description("help", Texts.of("Помощь", "Help")));
    }

    @Override
    public synchronized void unreachable(String chatKey) {
        unreachable.add(chatKey);
    }

    synchronized List<Inbound> handled() {
        return List.copyOf(handled);
    }

    synchronized List<String> unreachableChats() {
        return List.copyOf(unreachable);
    }

    synchronized long timesHandled(long updateId) {
        return handled.stream().filter(in -> in.updateId() == updateId).count();
    }

    /** Waits until an input with this update id was handled, and returns it. */
    Inbound awaitHandled(long updateId) {
        return awaitHandled(in -> in.updateId() == updateId);
    }

    synchronized Inbound awaitHandled(Predicate<Inbound> match) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            for (Inbound in : handled) {
                if (match.test(in)) {
                    return in;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching input handled; handled: " + handled);
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
