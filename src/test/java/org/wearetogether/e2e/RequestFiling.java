package org.wearetogether.e2e;

import java.time.Duration;
import org.wearetogether.testing.FakeTelegramUser;

/** Files a help request through the dialog (English) as a relative would, with the answers given. */
final class RequestFiling {

    private static final Duration WAIT = Duration.ofSeconds(15);

    /** The answers a relative gives, one per question. */
    record Answers(
            String beneficiary,
            String phone,
            String address,
            String need,
            String details,
            String requester,
            String requesterPhone) {

        /** Anna asks groceries for Maria Ivanovna. */
        static Answers typical() {
            return new Answers(
                    "Maria Ivanovna",
                    "8 (916) 123-45-67",
                    "Moscow, Tverskaya 1, flat 5",
                    "Groceries and essentials",
                    "Please call first",
                    "Anna",
                    "+79031234567");
        }
    }

    private RequestFiling() {}

    /** Answers every question and presses Send; the caller awaits what it expects next (the number, say). */
    static void fileThroughTheDialog(FakeTelegramUser user, Answers a) {
        fileThroughTheDialog(user, a, () -> user.sendText(a.details()));
    }

    /** As {@link #fileThroughTheDialog(FakeTelegramUser, Answers)}, answering the details with {@code details}. */
    static void fileThroughTheDialog(FakeTelegramUser user, Answers a, Runnable details) {
        user.sendCommand("start");
        user.awaitReplyContaining("What would you like to do?");
        user.press("👵 Help for a relative or neighbour");
        user.awaitReplyContaining("What is the name of the person who needs help?");
        user.sendText(a.beneficiary());
        user.awaitReplyContaining("How old is");
        user.press("65 or older");
        user.awaitReplyContaining("What phone number");
        user.sendText(a.phone());
        user.awaitReplyContaining("Which region");
        user.sendText("Москва");
        user.awaitReplyContaining("The town and address");
        user.sendText(a.address());
        user.awaitReplyContaining("What is needed?");
        user.press(a.need());
        awaitTicked(user);
        user.press("Done ✔️");
        user.awaitReplyContaining("How urgently");
        user.press("Today");
        user.awaitReplyContaining("Anything else");
        details.run();
        user.awaitReplyContaining("what is your name?");
        user.sendText(a.requester());
        user.awaitReplyContaining("Your phone number?");
        user.shareContact(a.requesterPhone(), true);
        user.awaitReplyContaining("Do you agree?");
        user.press("Yes, I agree");
        user.awaitReplyContaining("Please check.");
        user.press("Send the request");
    }

    /** A multiple choice ticks the option pressed by editing its message: wait for that before pressing Done. */
    private static void awaitTicked(FakeTelegramUser user) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (user.lastMessage().inlineButtons().stream()
                .noneMatch(b -> b.label().startsWith("✅"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the choice was not ticked: " + user.lastMessage());
            }
            Thread.onSpinWait();
        }
    }
}
