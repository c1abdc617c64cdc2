package org.wearetogether.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;

/** A hotline operator files a request for a caller: the caller's data, the operator's chat, verbal consent. */
class OperatorCallTest {

    private static final InMemoryMongo mongo = new InMemoryMongo();
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final com.mongodb.client.MongoDatabase database = mongo.freshDatabase();
    private final MongoHelpRequests requests = new MongoHelpRequests(database);
    private final DuplicateCatching duplicates = new DuplicateCatching(database, event -> {});

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void recordsTheCallerAsRequesterTheOperatorAsIntakeAndTheConsentAsVerbal() {
        HelpRequest stored = requests.submit(RequestAnswers.draft(Submissions.operatorCall("call-1"), NOW))
                .request();

        HelpRequest read = requests.byNumber(stored.number()).orElseThrow();
        assertThat(read.requester().name()).isEqualTo("Павел");
        assertThat(read.requester().phone()).isEqualTo("+79057778899");
        assertThat(read.requester().chatKey()).isEqualTo("telegram:3003");
        assertThat(read.requester().userId()).isNull();
        assertThat(read.beneficiary().name()).isEqualTo("Нина");
        assertThat(read.source().intakeOperator()).isEqualTo(new Actor(Actor.Role.OPERATOR, "3003", "Olga"));
        assertThat(read.consent().verbal()).isTrue();
        assertThat(read.consent().version()).isEqualTo("2026-11-25-verbal");
    }

    @Test
    void theOperatorIsToldTheNumberToReadOutToTheCaller() {
        var action = new SubmittingHelpRequest(
                requests,
                new MongoCodeWords(database, CodeWordList.shipped()),
                new OpenRequestsCap(requests, 3, "8 800"),
                event -> {},
                Clock.fixed(NOW, ZoneOffset.UTC),
                duplicates.catching,
                duplicates.byPhone);

        var result = action.run(Submissions.operatorCall("call-2"));

        assertThat(((org.wearetogether.dialog.Reply.Message) result.replies().get(0)).text())
                .contains(result.reference())
                .contains("продиктуйте его звонящему (Павел)");
        assertThat(((org.wearetogether.dialog.Reply.Message) result.replies().get(1)).text())
                .contains("Кодовое слово", "продиктуйте его звонящему", "открывать дверь можно только тому");
    }

    @Test
    void anOperatorFilingForCallersIsNotHeldToTheOpenRequestsCap() {
        var action = new SubmittingHelpRequest(
                requests,
                new MongoCodeWords(database, CodeWordList.shipped()),
                new OpenRequestsCap(requests, 3, "8 800"),
                event -> {},
                Clock.fixed(NOW, ZoneOffset.UTC),
                duplicates.catching,
                duplicates.byPhone);
        var cap = new OpenRequestsCap(requests, 3, "8 800");

        for (int i = 1; i <= 5; i++) {
            // five callers for five different people: none is asked about a request for the same phone
            var call = Submissions.withAnswer(
                    Submissions.operatorCall("call-" + i), "beneficiary_phone", "+7916888770" + i);
            assertThat(action.run(call).reference()).isNotNull();
        }
        assertThat(cap.refuse(Submissions.OLGA, "operator_call", "ru")).isEmpty();
        assertThat(cap.refuse(Submissions.OLGA, "request_help", "ru")).isEmpty();
    }

    @Test
    void theOperatorForgettingThemselvesKeepsTheCallersRequests() {
        requests.submit(RequestAnswers.draft(Submissions.operatorCall("call-1"), NOW));

        ErasingRequests erasure = new ErasingRequests(
                requests,
                lifecycle(),
                event -> {},
                Clock.fixed(NOW, ZoneOffset.UTC),
                org.wearetogether.chat.Pseudonyms.fromSecret(""));
        new ForgettingRequester(requests, erasure, org.wearetogether.chat.Pseudonyms.fromSecret(""))
                .forget(Submissions.OLGA);

        assertThat(requests.byRequester("telegram:3003", 10))
                .singleElement()
                .satisfies(r -> assertThat(r.requester().name()).isEqualTo("Павел"));
    }

    private MongoRequestLifecycle lifecycle() {
        return new MongoRequestLifecycle(database, event -> {});
    }
}
