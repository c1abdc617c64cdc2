package org.wearetogether.broadcasts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.broadcasts.internal.BroadcastFakes.FakeAudit;
import org.wearetogether.chat.Announcement;
import org.wearetogether.dialog.Person;
import org.wearetogether.dialog.Reply;
import org.wearetogether.volunteers.VolunteerStatus;

class ComposingTest {

    private static final Person COORDINATOR = new Person("telegram", "501", "501", "Olga", null);
    private static final Person ADMIN = new Person("telegram", "900", "900", "Ivan", null);
    private static final Person STRANGER = new Person("telegram", "777", "777", "Petr", null);

    /** 23:30 in Moscow (night), 08:30 in Kamchatka. */
    private final SendingHarness h = new SendingHarness(Instant.parse("2026-06-10T20:30:00Z"));

    private final MongoDrafts drafts = new MongoDrafts(h.mongo.database());
    private final FakeAudit audit = new FakeAudit();
    private final Sending sending = h.sending(SendingHarness.settings(25));
    private final Composing composing = composing();
    private final BroadcastButtons buttons =
            new BroadcastButtons(composing, h.broadcasts, sending, h.roles, audit, h.clock);

    ComposingTest() {
        h.roles.coordinators.put("501", Set.of("RU-MOW"));
        h.roles.admins.add("900");
        h.volunteers.add("1", "RU-MOW", VolunteerStatus.APPROVED, "medical");
        h.volunteers.add("2", "RU-MOW", VolunteerStatus.APPROVED, "own_car");
        h.volunteers.add("3", "RU-MOW", VolunteerStatus.PAUSED, "medical");
        h.volunteers.add("4", "RU-KAM", VolunteerStatus.APPROVED);
    }

    private Composing composing() {
        return new Composing(
                drafts,
                h.broadcasts,
                h.building(SendingHarness.settings(25)),
                h.roles,
                h.regions,
                audit,
                sending,
                SendingHarness.settings(25),
                h.clock);
    }

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void refusesPeopleWhoAreNeitherCoordinatorsNorAdmins() {
        assertThat(text(composing.begin(STRANGER, "en")))
                .isEqualTo("Sorry, broadcasts are for coordinators and admins only.");
        assertThat(composing.heard(STRANGER, "en", "hello")).isEmpty();
        assertThat(text(new HistoryCommand(h.broadcasts, h.roles).run(STRANGER, "ru", "")))
                .startsWith("Извините");
    }

    @Test
    void startsOnlyInAPrivateChat() {
        Person inGroup = new Person("telegram", "-100200", "501", "Olga", null);
        assertThat(text(composing.begin(inGroup, "en"))).contains("private chat");
    }

    @Test
    void aCoordinatorWritesToTheVolunteersOfTheirRegionBySkill() {
        assertThat(text(composing.begin(COORDINATOR, "en"))).contains("Please send the text");
        long no = drafts.of("501").orElseThrow().no();
        Announcement post = new Announcement(
                "Sorting food tomorrow", List.of(new Announcement.Span("bold", 0, 7, null, null)), null);

        Reply.Message audience = (Reply.Message)
                composing.heardPost(COORDINATOR, "en", post).orElseThrow().get(0);
        assertThat(audience.text())
                .contains("Recipients: volunteers", "Regions: Moscow", "Status: Approved", "2 will receive it")
                .contains("It is night now (22:00–08:00) in: Moscow");
        assertThat(buttonData(audience))
                .contains("b:s:" + no + ":medical", "b:r:" + no + ":RU-MOW", "b:ok:" + no)
                .noneMatch(d -> d.startsWith("b:u:"));

        Reply.EditPressed medical = (Reply.EditPressed)
                buttons.press(COORDINATOR, "en", "b:s:" + no + ":medical").get(0);
        assertThat(medical.text()).contains("Skills: Medical", "1 will receive it");
        Reply.EditPressed paused = (Reply.EditPressed)
                buttons.press(COORDINATOR, "en", "b:t:" + no + ":paused").get(0);
        assertThat(paused.text()).contains("Status: Approved, Paused", "2 will receive it");

        Reply.EditPressed confirmed = (Reply.EditPressed)
                buttons.press(COORDINATOR, "en", "b:ok:" + no).get(0);
        assertThat(confirmed.text())
                .isEqualTo("Broadcast #" + no + " confirmed. I will show its progress in a separate message.");
        Broadcast b = h.broadcasts.byId(no).orElseThrow();
        assertThat(b.post()).isEqualTo(post);
        assertThat(b.audience().regions()).containsExactly("RU-MOW");
        assertThat(b.audience().skills()).containsExactly("medical");
        assertThat(b.audience().statuses()).containsExactlyInAnyOrder(VolunteerStatus.APPROVED, VolunteerStatus.PAUSED);
        assertThat(b.expected()).isEqualTo(2);
        assertThat(b.urgent()).isFalse();
        assertThat(audit.entries).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("broadcast.confirm");
            assertThat(e.subject()).isEqualTo("broadcast:" + no);
        });
        assertThat(drafts.of("501")).isEmpty();

        // a replayed confirmation changes nothing
        assertThat(buttons.press(COORDINATOR, "en", "b:ok:" + no))
                .containsExactly(new Reply.Notice("This button is no longer active."));
        assertThat(audit.entries).hasSize(1);
    }

    @Test
    void aCoordinatorCannotReachOtherRegionsOrMarkUrgent() {
        composing.begin(COORDINATOR, "en");
        long no = drafts.of("501").orElseThrow().no();
        composing.heard(COORDINATOR, "en", "Hello");

        assertThat(buttons.press(COORDINATOR, "en", "b:r:" + no + ":RU-KAM"))
                .containsExactly(new Reply.Notice("This button is no longer active."));
        assertThat(buttons.press(COORDINATOR, "en", "b:u:" + no))
                .containsExactly(new Reply.Notice("This button is no longer active."));
        assertThat(text(composing.heard(COORDINATOR, "en", "Kamchatka").orElseThrow()))
                .isEqualTo("You can only write to the volunteers of your regions: RU-MOW.");
        // the last region of a coordinator stays chosen
        assertThat(((Reply.EditPressed) buttons.press(COORDINATOR, "en", "b:r:" + no + ":RU-MOW")
                                .get(0))
                        .text())
                .contains("Regions: Moscow");
        assertThat(drafts.of("501").orElseThrow().audience().regions()).containsExactly("RU-MOW");
    }

    @Test
    void anAdminWritesToAllRegionsOrTypedOnesAndMayMarkItUrgent() {
        composing.begin(ADMIN, "en");
        long no = drafts.of("900").orElseThrow().no();
        Reply.Message audience = (Reply.Message)
                composing.heard(ADMIN, "en", "Thank you all!").orElseThrow().get(0);
        assertThat(audience.text()).contains("Regions: all", "3 will receive it", "type regions");

        Reply.Message typed = (Reply.Message)
                composing.heard(ADMIN, "en", "Kamchatka").orElseThrow().get(0);
        assertThat(typed.text())
                .contains("Regions: Kamchatka", "1 will receive it")
                .doesNotContain("night");
        assertThat(text(composing.heard(ADMIN, "en", "Atlantis").orElseThrow()))
                .contains("I did not recognise: Atlantis");

        buttons.press(ADMIN, "en", "b:r:" + no + ":*");
        Reply.EditPressed urgent =
                (Reply.EditPressed) buttons.press(ADMIN, "en", "b:u:" + no).get(0);
        assertThat(urgent.text()).contains("Urgent: yes", "An urgent broadcast is delivered at night too");
        Reply.EditPressed coordinators = (Reply.EditPressed)
                buttons.press(ADMIN, "en", "b:w:" + no + ":c").get(0);
        assertThat(coordinators.text()).contains("Recipients: coordinators", "1 will receive it");

        buttons.press(ADMIN, "en", "b:ok:" + no);
        Broadcast b = h.broadcasts.byId(no).orElseThrow();
        assertThat(b.urgent()).isTrue();
        assertThat(b.audience().coordinators()).isTrue();
        assertThat(b.audience().regions()).isEmpty();
    }

    @Test
    void theDraftSurvivesARestartAndCanBeDiscarded() {
        composing.begin(COORDINATOR, "ru");
        long no = drafts.of("501").orElseThrow().no();
        Composing afterRestart = composing();
        Reply.Message audience = (Reply.Message) afterRestart
                .heardPost(COORDINATOR, "ru", new Announcement("Фото", List.of(), "file-1"))
                .orElseThrow()
                .get(0);
        assertThat(audience.text()).contains("Рассылка №" + no, "Получат: 2");

        assertThat(((Reply.EditPressed)
                                buttons.press(COORDINATOR, "ru", "b:d:" + no).get(0))
                        .text())
                .isEqualTo("Черновик удалён.");
        assertThat(drafts.of("501")).isEmpty();
        assertThat(composing.heard(COORDINATOR, "ru", "anything")).isEmpty();
    }

    @Test
    void rejectsEmptyAndTooLongPosts() {
        composing.begin(COORDINATOR, "en");
        assertThat(text(composing.heard(COORDINATOR, "en", "  ").orElseThrow())).contains("empty");
        assertThat(text(composing
                        .heardPost(COORDINATOR, "en", new Announcement("x".repeat(1025), List.of(), "f"))
                        .orElseThrow()))
                .contains("too long");
        assertThat(drafts.of("501").orElseThrow().waitingForPost()).isTrue();
    }

    @Test
    void forgedOrForeignButtonsChangeNothing() {
        composing.begin(COORDINATOR, "en");
        long no = drafts.of("501").orElseThrow().no();
        composing.heard(COORDINATOR, "en", "Hello");
        Reply inactive = new Reply.Notice("This button is no longer active.");

        assertThat(buttons.press(COORDINATOR, "en", "b:zz")).containsExactly(inactive);
        assertThat(buttons.press(COORDINATOR, "en", "b:s:" + no + ":flying")).containsExactly(inactive);
        assertThat(buttons.press(COORDINATOR, "en", "b:ok:" + (no + 1))).containsExactly(inactive);
        assertThat(buttons.press(ADMIN, "en", "b:ok:" + no)).containsExactly(inactive);
        assertThat(buttons.press(COORDINATOR, "en", "b:x:12345")).containsExactly(inactive);
        assertThat(h.broadcasts.byId(no)).isEmpty();
    }

    @Test
    void onlyTheAuthorOrAnAdminCancelsAndOnlyOnce() {
        long id = h.confirmToAll(); // author 7
        Person author = new Person("telegram", "7", "7", "Anna", null);

        assertThat(buttons.press(COORDINATOR, "en", "b:x:" + id))
                .containsExactly(new Reply.Notice("Only the author or an admin can cancel a broadcast."));
        assertThat(buttons.press(author, "en", "b:x:" + id))
                .containsExactly(new Reply.Notice("Broadcast #" + id + " is being cancelled."));
        assertThat(h.broadcasts.byId(id).orElseThrow().state()).isEqualTo(Broadcast.State.CANCELLED);
        assertThat(buttons.press(ADMIN, "en", "b:x:" + id))
                .containsExactly(new Reply.Notice("Broadcast #" + id + " is already over."));
        assertThat(audit.entries).extracting(e -> e.action()).containsExactly("broadcast.cancel");
    }

    @Test
    void anyoneCanOptOutOfAnnouncementsAndBackIn() {
        MongoOptOuts optOuts = h.optOuts;
        assertThat(text(new NewsCommand(false, optOuts, h.clock).run(STRANGER, "en", "")))
                .contains("no more");
        assertThat(optOuts.among(List.of("telegram:777", "telegram:1"))).containsExactly("telegram:777");
        assertThat(text(new NewsCommand(true, optOuts, h.clock).run(STRANGER, "en", "")))
                .contains("again");
        assertThat(optOuts.among(List.of("telegram:777"))).isEmpty();
    }

    @Test
    void historyShowsOnesOwnBroadcastsAndAdminsAll() {
        h.confirmToAll(); // by 7
        composing.begin(COORDINATOR, "en");
        long mine = drafts.of("501").orElseThrow().no();
        composing.heard(COORDINATOR, "en", "Hello");
        buttons.press(COORDINATOR, "en", "b:ok:" + mine);
        HistoryCommand history = new HistoryCommand(h.broadcasts, h.roles);

        Reply.Message own = (Reply.Message) history.run(COORDINATOR, "en", "").get(0);
        assertThat(own.text()).contains("#" + mine + " ").contains("Olga").doesNotContain("Anna");
        Reply.Message all = (Reply.Message) history.run(ADMIN, "en", "").get(0);
        assertThat(all.text()).contains("Olga", "Anna", "sending");
        assertThat(buttonData(all)).contains("b:x:" + mine);
    }

    private static String text(List<Reply> replies) {
        Reply first = replies.get(0);
        return first instanceof Reply.Message m ? m.text() : ((Reply.Notice) first).text();
    }

    private static List<String> buttonData(Reply.Message message) {
        return ((Reply.Keyboard.Inline) message.keyboard())
                .rows().stream().flatMap(List::stream).map(Reply.Button::data).toList();
    }
}
