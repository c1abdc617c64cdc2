package org.wearetogether.tasks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wearetogether.tasks.internal.TaskBed.IVAN;
import static org.wearetogether.tasks.internal.TaskBed.NUMBER;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.chat.ChannelSender.Edited;
import org.wearetogether.chat.Pseudonyms;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.RequestErased;
import org.wearetogether.intake.RequestErasure;
import org.wearetogether.volunteers.VolunteerLeft;

class ErasingTasksTest {

    private static final Pseudonyms PSEUDONYMS = Pseudonyms.fromSecret("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");

    private final TaskBed bed = new TaskBed();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<String[]> renamedInRequests = new ArrayList<>();
    private final ErasingTasks erasing = new ErasingTasks(
            bed.tasks,
            bed.waits,
            new Messenger(() -> Map.of("telegram", bed.chats)),
            new RecordingErasure(),
            PSEUDONYMS,
            meters);

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void anErasedRequestsTaskMessageIsEditedToAStubWithoutPersonalData() {
        String id = bed.offerTo("777");
        bed.press(IVAN, "t:acc:" + id);
        assertThat(String.join("\n", bed.chats.of("777"))).contains("+79160000001", "Tverskaya");

        erasing.on(new RequestErased(NUMBER, RequestErased.Why.ADMIN));

        String last = lastOf("777");
        assertThat(last).startsWith("(edited) 📋 Task for request No. " + NUMBER);
        assertThat(last).contains("personal details of this task have been deleted");
        assertThat(last).doesNotContain("+7916", "Tverskaya", "Maria", "bread");
        Document stored = task(id);
        assertThat(stored.get("stub", Document.class)).isEqualTo(new Document("state", "DONE"));
        assertThat(stored).doesNotContainKey("messageId");
        assertThat(stubs("edited")).isEqualTo(1.0);
    }

    @Test
    void hearingTheSameErasureTwiceEditsOnce() {
        bed.offerTo("777");
        erasing.on(new RequestErased(NUMBER, RequestErased.Why.REQUESTER));
        int edits = bed.chats.of("777").size();

        erasing.on(new RequestErased(NUMBER, RequestErased.Why.REQUESTER));

        assertThat(bed.chats.of("777")).hasSize(edits);
    }

    @Test
    void aPassingFailureIsStoredAndTriedAgainByTheSweep() {
        String id = bed.offerTo("777");
        bed.chats.nextEdits.add(Edited.TRY_LATER);

        erasing.on(new RequestErased(NUMBER, RequestErased.Why.ADMIN));

        Document owed = task(id).get("stub", Document.class);
        assertThat(owed.getString("state")).isEqualTo("OWED");
        assertThat(owed.getInteger("attempts")).isEqualTo(1);
        assertThat(lastOf("777")).doesNotStartWith("(edited)");

        assertThat(erasing.editOwed()).isEqualTo(1);

        assertThat(task(id).get("stub", Document.class).getString("state")).isEqualTo("DONE");
        assertThat(lastOf("777")).contains("personal details of this task have been deleted");
    }

    @Test
    void aRefusalForGoodIsGivenUpCountedAndNotTriedAgain() {
        String id = bed.offerTo("777");
        bed.chats.nextEdits.add(Edited.GIVEN_UP);

        erasing.on(new RequestErased(NUMBER, RequestErased.Why.ADMIN));

        assertThat(task(id).get("stub", Document.class)).isEqualTo(new Document("state", "GIVEN_UP"));
        assertThat(task(id)).doesNotContainKey("messageId");
        assertThat(stubs("given_up")).isEqualTo(1.0);
        assertThat(erasing.editOwed()).isZero();
    }

    @Test
    void aVolunteerWhoLeftIsOnlyAPseudonymInTasksAndHistoriesAndTheirMessagesAreStubbed() {
        String id = bed.offerTo("777");
        bed.press(IVAN, "t:acc:" + id);
        bed.volunteers.remove("777");
        bed.withdrawing().on(new VolunteerLeft("777", "Ivan"));

        erasing.on(new VolunteerLeft("777", "Ivan"));

        String pseudonym = PSEUDONYMS.of("777");
        Document stored = task(id);
        assertThat(stored.toJson()).doesNotContain("777", "Ivan").contains(pseudonym);
        assertThat(stored.getString("volunteerFirstName")).isEqualTo(pseudonym);
        assertThat(renamedInRequests).containsExactly(new String[] {"777", pseudonym});
        assertThat(lastOf("777")).contains("personal details of this task have been deleted");
        assertThat(bed.tasks.liveOf("777")).isEmpty();
    }

    @Test
    void forgettingTheSameVolunteerTwiceChangesNothingMore() {
        bed.offerTo("777");
        erasing.on(new VolunteerLeft("777", "Ivan"));
        int edits = bed.chats.of("777").size();

        erasing.on(new VolunteerLeft("777", "Ivan"));

        assertThat(bed.chats.of("777")).hasSize(edits);
        assertThat(bed.tasks.pseudonymiseVolunteer("777", "x")).isZero();
    }

    private String lastOf(String chat) {
        List<String> texts = bed.chats.of(chat);
        return texts.get(texts.size() - 1);
    }

    private Document task(String id) {
        return bed.mongo
                .database()
                .getCollection("tasks")
                .find(new Document("_id", id))
                .first();
    }

    private double stubs(String outcome) {
        return meters.get("together.tasks.message.stubs")
                .tag("outcome", outcome)
                .counter()
                .count();
    }

    private final class RecordingErasure implements RequestErasure {
        @Override
        public Outcome erase(String number, Actor by, RequestErased.Why why) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long pseudonymiseActor(String actorId, String pseudonym) {
            renamedInRequests.add(new String[] {actorId, pseudonym});
            return 1;
        }
    }
}
