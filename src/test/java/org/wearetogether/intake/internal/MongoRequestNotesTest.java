package org.wearetogether.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.RequestNote;
import org.wearetogether.intake.RequestNoteAdded;
import org.wearetogether.intake.RequestStatus;

class MongoRequestNotesTest {

    private static final InMemoryMongo mongo = new InMemoryMongo();
    private static final Instant T0 = Instant.parse("2026-12-08T10:00:00Z");
    private static final Actor ANNA = new Actor(Actor.Role.REQUESTER, "telegram:1001", "Anna");
    private static final Actor OLGA = new Actor(Actor.Role.COORDINATOR, "501", "Olga");

    private final MongoDatabase database = mongo.freshDatabase();
    private final MongoHelpRequests requests = new MongoHelpRequests(database);
    private final MongoRequestLifecycle lifecycle = new MongoRequestLifecycle(database, e -> {});
    private final List<Object> events = new ArrayList<>();
    private final MongoRequestNotes notes = new MongoRequestNotes(database, events::add);

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void aNoteIsStoredInOrderMovesTheRequestsChangeTimeAndIsPublished() {
        String number = submit("c1");

        RequestNote first = notes.add(number, RequestNote.Kind.FROM_REQUESTER, ANNA, "Mum is home after 3", T0)
                .orElseThrow();
        RequestNote second = notes.add(
                        number, RequestNote.Kind.FROM_HQ, OLGA, "Thank you, we call at 4", T0.plusSeconds(60))
                .orElseThrow();

        assertThat(first.seq()).isEqualTo(1);
        assertThat(second.seq()).isEqualTo(2);
        assertThat(notes.notes(number)).containsExactly(first, second);
        assertThat(lifecycle.changedSince(T0.plusSeconds(30), 10))
                .extracting(r -> r.number())
                .containsExactly(number);
        assertThat(events).hasSize(2).first().isInstanceOfSatisfying(RequestNoteAdded.class, e -> {
            assertThat(e.note()).isEqualTo(first);
            assertThat(e.request().number()).isEqualTo(number);
        });
        assertThat(lifecycle.history(number)).as("notes are not status changes").isEmpty();
    }

    @Test
    void twoNotesAtOnceGetDifferentNumbersAndBothAreKept() throws Exception {
        String number = submit("c2");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> writes = new ArrayList<>();
            for (String text : List.of("one", "two")) {
                writes.add(pool.submit(() -> {
                    go.await();
                    return notes.add(number, RequestNote.Kind.FROM_REQUESTER, ANNA, text, T0);
                }));
            }
            go.countDown();
            for (Future<?> write : writes) {
                write.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(notes.notes(number)).extracting(RequestNote::seq).containsExactly(1, 2);
        assertThat(notes.notes(number)).extracting(RequestNote::text).containsExactlyInAnyOrder("one", "two");
    }

    @Test
    void aClosedUnknownOrErasedRequestTakesNoNote() {
        String closed = submit("c3");
        lifecycle.change(closed, Actor.SYSTEM, RequestStatus.CANCELLED, null, T0);
        String erased = submit("c4");
        notes.add(erased, RequestNote.Kind.FROM_REQUESTER, ANNA, "my neighbour Ivanova", T0);
        requests.eraseOne(erased, "FORGET_ME", T0, "p-1");

        assertThat(notes.add(closed, RequestNote.Kind.FROM_REQUESTER, ANNA, "hello", T0))
                .isEmpty();
        assertThat(notes.add("MOW-999999", RequestNote.Kind.FROM_REQUESTER, ANNA, "hello", T0))
                .isEmpty();
        assertThat(notes.add(erased, RequestNote.Kind.FROM_REQUESTER, ANNA, "again", T0))
                .isEmpty();
        assertThat(notes.notes(erased)).as("erasure takes the notes too").isEmpty();
    }

    @Test
    void aForgottenCoordinatorIsNamedByTheirPseudonymInTheNotesTheyWrote() {
        String number = submit("c6");
        notes.add(number, RequestNote.Kind.FROM_HQ, OLGA, "We call at 4", T0);
        notes.add(number, RequestNote.Kind.FROM_REQUESTER, ANNA, "Thanks", T0);

        requests.pseudonymiseActor(OLGA.id(), "p-olga");

        assertThat(notes.notes(number))
                .extracting(RequestNote::author)
                .containsExactly(new Actor(Actor.Role.COORDINATOR, "p-olga", "p-olga"), ANNA);
    }

    @Test
    void aVeryLongNoteIsCutNotRefused() {
        String number = submit("c5");

        RequestNote note = notes.add(number, RequestNote.Kind.FROM_REQUESTER, ANNA, "x".repeat(10_000), T0)
                .orElseThrow();

        assertThat(note.text()).hasSize(MongoRequestNotes.MAX_TEXT);
    }

    private String submit(String conversationId) {
        return requests.submit(RequestAnswers.draft(Submissions.forRelative(conversationId), T0))
                .request()
                .number();
    }
}
