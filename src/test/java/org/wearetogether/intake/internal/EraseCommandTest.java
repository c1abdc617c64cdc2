package org.wearetogether.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.wearetogether.access.Audit;
import org.wearetogether.access.Roles;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.intake.RequestErased;
import org.wearetogether.intake.RequestStatus;

class EraseCommandTest {

    private static final InMemoryMongo mongo = new InMemoryMongo();
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private static final Person ADMIN = new Person("telegram", "900", "900", "Vera", "vera");
    private static final Person ADMIN_IN_GROUP = new Person("telegram", "-100500", "900", "Vera", "vera");
    private static final Person STRANGER = new Person("telegram", "1001", "1001", "Anna", "anna");
    private static final String CALLERS = "MOW-000001";
    private static final org.wearetogether.chat.Pseudonyms PSEUDONYMS =
            org.wearetogether.chat.Pseudonyms.fromSecret("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");

    private final MongoDatabase database = mongo.freshDatabase();
    private final MongoHelpRequests requests = new MongoHelpRequests(database);
    private final List<Object> published = new ArrayList<>();
    private final List<Audit.Entry> audited = new ArrayList<>();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final MongoRequestLifecycle lifecycle = new MongoRequestLifecycle(database, published::add);
    private final EraseCommand command = new EraseCommand(
            requests,
            new ErasingRequests(requests, lifecycle, published::add, clock, PSEUDONYMS),
            requests,
            new AdminOnly(),
            new RecordingAudit(),
            clock);

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void anAdminIsAskedToConfirmAndNothingChangesYet() {
        fileOperatorCall();

        Reply reply = single(command.run(ADMIN, "en", " mow-000001 "));

        assertThat(reply).isInstanceOfSatisfying(Reply.Message.class, m -> {
            assertThat(m.text()).contains("MOW-000001", "filed by an operator", "cancelled first");
            assertThat(m.keyboard().toString()).contains("e:yes:MOW-000001", "e:no:MOW-000001");
        });
        assertThat(request().toJson()).contains("Нина", "+79168887766");
        assertThat(published).isEmpty();
    }

    @Test
    void confirmingCancelsTheOpenRequestErasesItPublishesAndAudits() {
        fileOperatorCall();

        Reply reply = single(command.press(ADMIN, "ru", "e:yes:MOW-000001"));

        assertThat(text(reply)).contains("заявка № MOW-000001 отменена", "стёрты");
        Document stored = request();
        assertThat(stored.getString("status")).isEqualTo("CANCELLED");
        assertThat(stored.toJson()).doesNotContain("Нина", "Павел", "+7916", "+7905", "Лесная");
        assertThat(lifecycle.history(CALLERS))
                .singleElement()
                .satisfies(change -> assertThat(change.to()).isEqualTo(RequestStatus.CANCELLED));
        assertThat(published)
                .filteredOn(RequestErased.class::isInstance)
                .containsExactly(new RequestErased(CALLERS, RequestErased.Why.ADMIN));
        assertThat(published)
                .filteredOn(org.wearetogether.intake.RequestStatusChanged.class::isInstance)
                .hasSize(1);
        assertThat(audited).singleElement().satisfies(entry -> {
            assertThat(entry.actorId()).isEqualTo("900");
            assertThat(entry.action()).isEqualTo("request.erase");
            assertThat(entry.subject()).isEqualTo(CALLERS);
            assertThat(entry.details()).isNull();
            assertThat(entry.at()).isEqualTo(NOW);
        });
    }

    @Test
    void theRequestersOwnEntriesInTheHistoryKeepOnlyTheirPseudonym() {
        requests.submit(RequestAnswers.draft(Submissions.forRelative("a1"), NOW.minusSeconds(3600)));
        lifecycle.change(
                CALLERS,
                new org.wearetogether.intake.Actor(
                        org.wearetogether.intake.Actor.Role.REQUESTER, "telegram:1001", "Анна"),
                RequestStatus.CANCELLED,
                null,
                NOW.minusSeconds(60));

        command.press(ADMIN, "en", "e:yes:MOW-000001");

        assertThat(request().toJson()).doesNotContain("1001", "Анна");
        assertThat(lifecycle.history(CALLERS))
                .singleElement()
                .satisfies(change -> assertThat(change.actor().id()).isEqualTo(PSEUDONYMS.of("1001")));
    }

    @Test
    void anAlreadyErasedRequestIsSaidSoAndNothingChanges() {
        fileOperatorCall();
        command.press(ADMIN, "en", "e:yes:MOW-000001");
        Document once = request();

        assertThat(text(single(command.run(ADMIN, "en", "MOW-000001")))).contains("already erased");
        assertThat(text(single(command.press(ADMIN, "en", "e:yes:MOW-000001")))).contains("already erased");

        assertThat(request()).isEqualTo(once);
        assertThat(published).filteredOn(RequestErased.class::isInstance).hasSize(1);
        assertThat(audited).hasSize(1);
    }

    @Test
    void anUnknownNumberOrNoNumberGetsAPoliteAnswer() {
        assertThat(text(single(command.run(ADMIN, "en", "MOW-999999")))).contains("There is no request No. MOW-999999");
        assertThat(text(single(command.run(ADMIN, "ru", "")))).contains("/erase MOW-000123");
        assertThat(text(single(command.run(ADMIN, "en", "drop table")))).contains("/erase MOW-000123");
        assertThat(published).isEmpty();
    }

    @Test
    void someoneWhoIsNotAnAdminIsRefusedAndLearnsNothing() {
        fileOperatorCall();

        assertThat(text(single(command.run(STRANGER, "en", "MOW-000001"))))
                .isEqualTo("Sorry, this command is only for admins.");
        assertThat(single(command.press(STRANGER, "en", "e:yes:MOW-000001"))).isInstanceOf(Reply.Notice.class);

        assertThat(request().toJson()).contains("Нина");
        assertThat(published).isEmpty();
        assertThat(audited).isEmpty();
    }

    @Test
    void anAdminInAGroupIsAskedToUseTheirPrivateChat() {
        fileOperatorCall();

        assertThat(text(single(command.run(ADMIN_IN_GROUP, "en", "MOW-000001"))))
                .contains("private chat");
        assertThat(request().toJson()).contains("Нина");
    }

    @Test
    void sayingNoChangesNothing() {
        fileOperatorCall();

        assertThat(text(single(command.press(ADMIN, "en", "e:no:MOW-000001")))).contains("was not changed");

        assertThat(request().toJson()).contains("Нина");
        assertThat(published).isEmpty();
    }

    @Test
    void anErasureWhosePublicationWasLostIsPublishedByTheSweep() {
        fileOperatorCall();
        requests.eraseOne(CALLERS, "ADMIN", NOW.minusSeconds(600), "anon-x"); // erased, then the process stopped

        int published = new ErasingRequests(requests, lifecycle, this.published::add, clock, PSEUDONYMS).publishOwed();

        assertThat(published).isEqualTo(1);
        assertThat(this.published).containsExactly(new RequestErased(CALLERS, RequestErased.Why.ADMIN));
        assertThat(new ErasingRequests(requests, lifecycle, this.published::add, clock, PSEUDONYMS).publishOwed())
                .isZero();
    }

    private void fileOperatorCall() {
        requests.submit(RequestAnswers.draft(Submissions.operatorCall("call-1"), NOW.minusSeconds(3600)));
    }

    private Document request() {
        return database.getCollection("requests")
                .find(Filters.eq("number", CALLERS))
                .first();
    }

    private static Reply single(List<Reply> replies) {
        assertThat(replies).hasSize(1);
        return replies.get(0);
    }

    private static String text(Reply reply) {
        return switch (reply) {
            case Reply.Message m -> m.text();
            case Reply.EditPressed e -> e.text();
            case Reply.Notice n -> n.text();
            case Reply.Document d -> d.caption();
            case Reply.Voice v -> v.caption();
            case Reply.Deferred d -> d.what();
        };
    }

    private final class RecordingAudit implements Audit {
        @Override
        public void record(Entry entry) {
            audited.add(entry);
        }

        @Override
        public List<Entry> about(String subject, int limit) {
            return List.of();
        }

        @Override
        public long pseudonymise(String id, String pseudonym) {
            return 0; // no test of this fake forgets anyone
        }
    }

    /** For wiring tests: nobody holds a role, nothing is audited. */
    static final Roles NO_ROLES = new AdminOnly() {
        @Override
        public boolean isAdmin(String userId) {
            return false;
        }
    };

    static final Audit NO_AUDIT = new Audit() {
        @Override
        public void record(Entry entry) {}

        @Override
        public List<Entry> about(String subject, int limit) {
            return List.of();
        }

        @Override
        public long pseudonymise(String id, String pseudonym) {
            return 0; // no test of this fake forgets anyone
        }
    };

    private static class AdminOnly implements Roles {
        @Override
        public boolean isAdmin(String userId) {
            return "900".equals(userId);
        }

        @Override
        public Set<String> coordinatedRegions(String userId) {
            return Set.of();
        }

        @Override
        public boolean isOperator(String userId) {
            return false;
        }

        @Override
        public Set<String> coordinatorsOf(String regionCode) {
            return Set.of();
        }

        @Override
        public Set<String> admins() {
            return Set.of("900");
        }
    }
}
