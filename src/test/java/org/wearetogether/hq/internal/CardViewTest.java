package org.wearetogether.hq.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wearetogether.datafiles.DialogFolder;
import org.wearetogether.dialog.Reply;
import org.wearetogether.intake.Actor;
import org.wearetogether.intake.HelpRequest;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.tasks.Task;
import org.wearetogether.tasks.TaskState;
import org.wearetogether.tasks.Tasks;

class CardViewTest {

    private final CardView view = new CardView(
            org.wearetogether.testing.FixedRegions.none(), OptionNames.from(new DialogFolder(Path.of("dialogs"))));

    @Test
    void aCardShowsTheNeedsAndAgeGroupButNoNamePhoneAddressOrDetails() {
        Reply.Message card = view.card(request(RequestStatus.SUBMITTED, null), "en");
        assertThat(card.text())
                .contains("Request No. MOW-000007")
                .contains("Groceries and essentials")
                .contains("Today")
                .contains("Age group: 65 or older")
                .doesNotContain("Maria")
                .doesNotContain("door code")
                .doesNotContain("+7916")
                .doesNotContain("Tverskaya");
        assertThat(data(card)).containsExactly("q:take:MOW-000007");
    }

    @Test
    void aTakenCardShowsItsHolderAndTheWorkButtonsAllWithin64Bytes() {
        Actor olga = new Actor(Actor.Role.COORDINATOR, "901", "Olga");
        Reply.Message card = view.card(request(RequestStatus.ACCEPTED, olga), "en");
        assertThat(card.text()).contains("Taken by: Olga");
        assertThat(data(card))
                .containsExactly(
                        "q:prog:MOW-000007",
                        "q:done:MOW-000007",
                        "q:cant:MOW-000007",
                        "q:back:MOW-000007",
                        "q:cont:MOW-000007",
                        "q:vol:MOW-000007");
        Reply.Message reasons = view.reasons("MOW-000007", "en");
        assertThat(data(reasons))
                .allSatisfy(d ->
                        assertThat(d.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64));
    }

    @Test
    void aCardShowsTheVolunteersFirstNameAndHowTheTaskStands() {
        Actor olga = new Actor(Actor.Role.COORDINATOR, "901", "Olga");
        Task task = new Task(
                "abcdefghijkm",
                "MOW-000007",
                "RU-MOW",
                TaskState.ACCEPTED,
                "777",
                "telegram:777",
                "Ivan",
                "en",
                "901",
                "telegram:901",
                "en",
                null,
                NOW,
                null,
                NOW);
        CardView withTasks = new CardView(
                org.wearetogether.testing.FixedRegions.none(),
                OptionNames.from(new DialogFolder(Path.of("dialogs"))),
                new Tasks() {
                    @Override
                    public Optional<Task> current(String number) {
                        return Optional.of(task);
                    }

                    @Override
                    public Picking sendPicker(String number, String userId, String chatKey, String language) {
                        return Picking.NOT_ALLOWED;
                    }

                    @Override
                    public Ranking candidates(String number, org.wearetogether.access.Staff staff, int limit) {
                        return new NotAllowed();
                    }

                    @Override
                    public Offering offer(String number, String volunteerUserId, org.wearetogether.access.Staff staff) {
                        return new NotAllowed();
                    }
                });

        assertThat(withTasks
                        .card(request(RequestStatus.VOLUNTEER_ASSIGNED, olga), "en")
                        .text())
                .contains("Volunteer: Ivan — accepted")
                .doesNotContain("777");
        assertThat(withTasks.card(request(RequestStatus.SUBMITTED, null), "en").text())
                .doesNotContain("Volunteer");
    }

    @Test
    void aCardHeldByACrmHasNoAssignButton() {
        Actor crm = new Actor(Actor.Role.CRM, "crm:RU-MOW", "CRM RU-MOW");
        assertThat(data(view.card(request(RequestStatus.ACCEPTED, crm), "en"))).doesNotContain("q:vol:MOW-000007");
    }

    @Test
    void aClosedCardIsItsStubWithoutButtons() {
        Reply.Message done = view.card(request(RequestStatus.DONE, null), "ru");
        assertThat(done.text()).isEqualTo("Просьба № MOW-000007 — выполнена. Подробности удалены.");
        assertThat(data(done)).isEmpty();
    }

    @Test
    void aStubSaysHowTheRequestEndedInTheChatsLanguage() {
        assertThat(view.cleaned("MOW-000007", RequestEnd.CANCELLED, null, "en").text())
                .isEqualTo("Request No. MOW-000007 — cancelled. Details removed.");
        assertThat(view.cleaned("MOW-000007", RequestEnd.ERASED, null, "ru").text())
                .isEqualTo("Просьба № MOW-000007 — закрыта. Подробности удалены.");
        assertThat(view.cleaned("MOW-000007", RequestEnd.CANNOT_FULFIL, "noreach", "ru")
                        .text())
                .isEqualTo("Просьба № MOW-000007 — не удалось выполнить (не удалось связаться). Подробности удалены.");
    }

    private static List<String> data(Reply.Message message) {
        return ((Reply.Keyboard.Inline) message.keyboard())
                .rows().stream().flatMap(List::stream).map(Reply.Button::data).toList();
    }

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private static HelpRequest request(RequestStatus status, Actor holder) {
        Instant now = NOW;
        return new HelpRequest(
                "MOW-000007",
                status,
                null,
                holder,
                "RU-MOW",
                HelpRequest.ForWhom.RELATIVE,
                new HelpRequest.Requester("telegram:1", "1", "Anna", "+79161234567", "en"),
                new HelpRequest.Beneficiary("Maria Ivanovna", "age_65_plus", "+79160000001"),
                new HelpRequest.Address("Moscow, Tverskaya 1", null, null),
                List.of("groceries"),
                "today",
                "4th floor, door code 1234",
                new HelpRequest.Consent("v1", now, false),
                Map.of(),
                new HelpRequest.Source("telegram", "c1", "request_help", 1, null),
                now,
                now,
                1);
    }
}
