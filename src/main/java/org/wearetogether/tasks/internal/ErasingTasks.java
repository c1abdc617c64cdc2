package org.wearetogether.tasks.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.wearetogether.chat.ChannelSender;
import org.wearetogether.chat.PersonalData;
import org.wearetogether.chat.Pseudonyms;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.intake.RequestErased;
import org.wearetogether.intake.RequestErasure;
import org.wearetogether.volunteers.VolunteerLeft;

/**
 * What erasure means for tasks. A request's data erased: the task messages its volunteers received (needs, phones,
 * address, code word) are edited to a stub. A volunteer forgotten ({@code /forget_me}, {@code /privacy}): their task
 * messages are stubbed too, and their user id and chat key are replaced by their pseudonym in their tasks and in the
 * requests' histories (their first name stays). Edits are stored as owed first and made by the task sweep: a passing
 * failure is tried again on the next sweep, a refusal for good (400/403) is given up and counted.
 */
final class ErasingTasks implements PersonalData {

    private static final Logger log = LoggerFactory.getLogger(ErasingTasks.class);
    private static final int BATCH = 50;

    /** About a day of task sweeps (one a minute by default): a channel down longer than that is given up on. */
    static final int MOST_ATTEMPTS = 1440;

    private final MongoTasks tasks;
    private final MongoTaskWaits waits;
    private final Messenger messenger;
    private final RequestErasure requests;
    private final Pseudonyms pseudonyms;
    private final Counter stubbed;
    private final Counter givenUp;

    ErasingTasks(
            MongoTasks tasks,
            MongoTaskWaits waits,
            Messenger messenger,
            RequestErasure requests,
            Pseudonyms pseudonyms,
            MeterRegistry meters) {
        this.tasks = tasks;
        this.waits = waits;
        this.messenger = messenger;
        this.requests = requests;
        this.pseudonyms = pseudonyms;
        this.stubbed = Counter.builder("together.tasks.message.stubs")
                .tag("outcome", "edited")
                .description("Task messages edited to a stub without personal data")
                .register(meters);
        this.givenUp = Counter.builder("together.tasks.message.stubs")
                .tag("outcome", "given_up")
                .description("Task messages the channel refused for good to edit to a stub (deleted, blocked)")
                .register(meters);
    }

    @EventListener
    void on(RequestErased event) {
        int owed = tasks.oweStubsOfRequest(event.number());
        if (owed > 0) {
            editOwedNow();
        }
    }

    /** After {@code Withdrawing} has withdrawn the volunteer's live tasks (it runs first). */
    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(VolunteerLeft event) {
        forgetVolunteer(event.userId());
    }

    /** {@code /privacy}: the same as for a volunteer who left, and the person's ids as a coordinator of ended tasks. */
    @Override
    public void forget(Person person) {
        forgetVolunteer(person.userId());
        tasks.pseudonymiseHolder(person.userId(), pseudonyms.of(person.userId()));
        waits.clear(person.chatKey());
    }

    void forgetVolunteer(String userId) {
        if (Pseudonyms.isPseudonym(userId)) {
            return;
        }
        String pseudonym = pseudonyms.of(userId);
        int owed = tasks.oweStubsOfVolunteer(userId);
        long renamed = tasks.pseudonymiseVolunteer(userId, pseudonym);
        requests.pseudonymiseActor(userId, pseudonym);
        if (owed > 0 || renamed > 0) {
            log.info("Forgot a volunteer in {} task(s); {} task message(s) to stub", renamed, owed);
            editOwedNow();
        }
    }

    private void editOwedNow() {
        try {
            editOwed();
        } catch (RuntimeException e) {
            log.warn("Task messages not stubbed yet; the task sweep retries", e);
        }
    }

    /** Edits the owed stubs (called by the task sweep); returns how many are settled. */
    int editOwed() {
        int settled = 0;
        for (MongoTasks.OwedStub owed : tasks.owedStubs(BATCH)) {
            ChannelSender.Edited edited = messenger.editOrExplain(owed.chatKey(), owed.messageId(), stub(owed));
            switch (edited) {
                case DONE -> {
                    tasks.stubSettled(owed.taskId(), MongoTasks.STUB_DONE);
                    stubbed.increment();
                    settled++;
                }
                case GIVEN_UP -> {
                    tasks.stubSettled(owed.taskId(), MongoTasks.STUB_GIVEN_UP);
                    givenUp.increment();
                    log.info("Task message of {} refused for good; given up", owed.taskId());
                    settled++;
                }
                case TRY_LATER -> {
                    if (owed.attempts() + 1 >= MOST_ATTEMPTS) {
                        tasks.stubSettled(owed.taskId(), MongoTasks.STUB_GIVEN_UP);
                        givenUp.increment();
                        log.warn(
                                "Task message of {} not stubbed after {} tries; given up",
                                owed.taskId(),
                                MOST_ATTEMPTS);
                        settled++;
                    } else {
                        tasks.stubFailed(owed.taskId());
                    }
                }
            }
        }
        return settled;
    }

    private static Reply.Message stub(MongoTasks.OwedStub owed) {
        String language = owed.language() == null ? "ru" : owed.language();
        return new Reply.Message(
                TaskTexts.TASK_TITLE.in(language).formatted(owed.number()) + "\n" + TaskTexts.STUB.in(language),
                new Reply.Keyboard.Inline(java.util.List.of()));
    }
}
