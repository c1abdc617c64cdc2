package org.wearetogether.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.wearetogether.dialog.DialogAction.Submission;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.HelpRequests.Submitted;

class MongoHelpRequestsTest {

    private static final InMemoryMongo mongo = new InMemoryMongo();
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final MongoDatabase database = mongo.freshDatabase();
    private final MongoHelpRequests requests = new MongoHelpRequests(database);

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void numbersRunOnPerRegion() {
        List<String> numbers = List.of(
                submit(Submissions.forMe("c1", "RU-MOW")).request().number(),
                submit(Submissions.forMe("c2", "RU-MOW")).request().number(),
                submit(Submissions.forMe("c3", "RU-SPE")).request().number(),
                submit(Submissions.forMe("c4", "RU-MOW")).request().number());

        assertThat(numbers).containsExactly("MOW-000001", "MOW-000002", "SPE-000001", "MOW-000003");
    }

    @Test
    void readsBackWhatWasStored() {
        HelpRequest stored = submit(Submissions.forRelative("c1")).request();

        assertThat(requests.byNumber("MOW-000001")).contains(stored);
        assertThat(requests.byConversation("c1")).contains(stored);
        assertThat(requests.byNumber("MOW-000002")).isEmpty();
    }

    @Test
    void theSameConversationSubmittedAgainKeepsItsRequest() {
        Submitted first = submit(Submissions.forRelative("c1"));
        Submitted again = submit(Submissions.forRelative("c1"));

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.request()).isEqualTo(first.request());
        assertThat(database.getCollection("requests").countDocuments()).isEqualTo(1);
    }

    @Test
    void aNumberAlreadyTakenIsNeverGivenAgain() {
        submit(Submissions.forMe("c1", "RU-MOW"));
        database.getCollection("counters").drop(); // the counter falls behind the numbers in use

        Submitted next = submit(Submissions.forMe("c2", "RU-MOW"));

        assertThat(next.created()).isTrue();
        assertThat(next.request().number()).isEqualTo("MOW-000002");
        assertThat(database.getCollection("requests").countDocuments()).isEqualTo(2);
    }

    @Test
    void concurrentSubmissionsOfDifferentConversationsGetDistinctNumbers() throws Exception {
        List<Submitted> submitted = concurrently(100, i -> Submissions.forMe("c" + i, "RU-MOW"));

        assertThat(submitted).extracting(s -> s.request().number()).doesNotHaveDuplicates();
        assertThat(submitted).allMatch(Submitted::created);
        assertThat(database.getCollection("requests").countDocuments()).isEqualTo(100);
    }

    @Test
    void concurrentResubmissionsOfOneConversationStoreOneRequest() throws Exception {
        List<Submitted> submitted = concurrently(12, i -> Submissions.forRelative("same"));

        assertThat(submitted).extracting(s -> s.request().number()).containsOnly("MOW-" + number(submitted));
        assertThat(submitted).filteredOn(Submitted::created).hasSize(1);
        assertThat(database.getCollection("requests").countDocuments()).isEqualTo(1);
    }

    @Test
    void listsOnlyThePersonsOwnRequestsNewestFirst() {
        submit(Submissions.forRelative("a1"), NOW);
        submit(Submissions.forMe("o1", "RU-SPE"), NOW.plusSeconds(30));
        submit(Submissions.forRelative("a2"), NOW.plusSeconds(60));

        assertThat(requests.byRequester("telegram:1001", 10))
                .extracting(HelpRequest::number)
                .containsExactly("MOW-000002", "MOW-000001");
        assertThat(requests.byRequester("telegram:1001", 1)).hasSize(1);
        assertThat(requests.byRequester("telegram:9999", 10)).isEmpty();
    }

    private static String number(List<Submitted> submitted) {
        return submitted.get(0).request().number().substring("MOW-".length());
    }

    private Submitted submit(Submission submission) {
        return submit(submission, NOW);
    }

    private Submitted submit(Submission submission, Instant at) {
        return requests.submit(RequestAnswers.draft(submission, at));
    }

    private List<Submitted> concurrently(int count, java.util.function.IntFunction<Submission> submission)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Submitted>> tasks = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Submission s = submission.apply(i);
                tasks.add(() -> submit(s));
            }
            List<Submitted> results = new ArrayList<>();
            for (Future<Submitted> f : pool.invokeAll(tasks, 60, TimeUnit.SECONDS)) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
