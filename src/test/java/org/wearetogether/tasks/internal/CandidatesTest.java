package org.wearetogether.tasks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.access.Staff;
import org.wearetogether.intake.RequestStatus;
import org.wearetogether.tasks.Task;
import org.wearetogether.tasks.TaskState;
import org.wearetogether.tasks.Tasks;
import org.wearetogether.volunteers.Volunteer;
import org.wearetogether.volunteers.VolunteerStatus;

/**
 * Assigning from a request page: the region's volunteers ranked by district, fitting skills, the time of the week and
 * open tasks, each with the reasons in words; the offer goes through the chat's own code.
 */
class CandidatesTest {

    private static final String OTHER = "MOW-000002";
    private static final Staff OLGA = new Staff("901", "Olga", "en", Staff.Via.CONSOLE);
    private static final Staff PETR = new Staff("902", "Petr", "en", Staff.Via.CONSOLE);

    private final TaskBed bed = new TaskBed();

    CandidatesTest() {
        // the request needs groceries at "Moscow, Tverskaya 1, flat 5"; it is Wednesday 13:00 in Moscow
        bed.volunteers.add(volunteer("781", "Boris Lee", "Moscow", List.of(), List.of("weekdays")));
        bed.volunteers.add(volunteer("782", "Gleb Orlov", "Centre", List.of("own_car"), List.of("weekdays")));
        bed.volunteers.add(volunteer("783", "Alla Orlova", "Centre", List.of("own_car"), List.of("weekdays")));
        bed.requests.add(OTHER, RequestStatus.ACCEPTED, TaskBed.OLGA);
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void ranksByDistrictThenFittingSkillsThenTimeOfWeekThenOpenTasksAndSaysWhy() {
        assertThat(bed.assigning.offer(OTHER, "783", OLGA)).isEqualTo(new Tasks.Offered("Alla"));

        Tasks.Ranking ranking = bed.assigning.candidates(TaskBed.NUMBER, OLGA, 10);

        List<Tasks.Candidate> ranked = ((Tasks.Ranked) ranking).candidates();
        assertThat(ranked)
                .extracting(Tasks.Candidate::userId)
                .containsExactly("781", "782", "783", "777", "778", "779");
        assertThat(ranked.get(0).reasons()).containsExactly("same district", "free on weekdays", "0 open tasks");
        assertThat(ranked.get(1).reasons()).containsExactly("has skill: Own car", "free on weekdays", "0 open tasks");
        assertThat(ranked.get(2).reasons()).containsExactly("has skill: Own car", "free on weekdays", "1 open task");
        assertThat(ranked.get(3).reasons()).containsExactly("has skill: Own car", "0 open tasks");
        assertThat(ranked.get(3).name()).isEqualTo("Ivan P.");
        assertThat(ranked.get(4).reasons()).containsExactly("0 open tasks");
        assertThat(ranked.get(5).offerable()).isFalse();
        assertThat(ranked.get(5).reasons()).first().asString().startsWith("paused");
        assertThat(((Tasks.Ranked) bed.assigning.candidates(TaskBed.NUMBER, OLGA, 2)).candidates())
                .hasSize(2);
    }

    @Test
    void onlyTheHolderOrAnAdminRanksAndOffers() {
        Staff admin = new Staff("900", "Admin", "ru", Staff.Via.CONSOLE);

        assertThat(bed.assigning.candidates(TaskBed.NUMBER, PETR, 10)).isInstanceOf(Tasks.NotAllowed.class);
        assertThat(bed.assigning.offer(TaskBed.NUMBER, "777", PETR)).isInstanceOf(Tasks.NotAllowed.class);
        assertThat(bed.assigning.candidates(TaskBed.NUMBER, admin, 10)).isInstanceOf(Tasks.Ranked.class);
        assertThat(((Tasks.Ranked) bed.assigning.candidates(TaskBed.NUMBER, admin, 10))
                        .candidates()
                        .getFirst()
                        .reasons())
                .contains("тот же район");
        assertThat(bed.tasks.live(TaskBed.NUMBER)).isEmpty();
    }

    @Test
    void anOfferFromTheConsoleIsTheChatsOfferWithItsAnswersInTheCoordinatorsChat() {
        assertThat(bed.assigning.offer(TaskBed.NUMBER, "779", OLGA)).isInstanceOf(Tasks.NotAvailable.class);
        assertThat(bed.assigning.offer(TaskBed.NUMBER, "nobody", OLGA)).isInstanceOf(Tasks.NotAvailable.class);

        assertThat(bed.assigning.offer(TaskBed.NUMBER, "777", OLGA)).isEqualTo(new Tasks.Offered("Ivan"));

        Task task = bed.tasks.live(TaskBed.NUMBER).orElseThrow();
        assertThat(task.holderChatKey()).isEqualTo("telegram:901");
        assertThat(task.state()).isEqualTo(TaskState.OFFERED);
        assertThat(bed.chats.texts.get("777")).anyMatch(t -> t.contains(TaskBed.NUMBER));
        assertThat(bed.audit)
                .anyMatch(e -> e.action().equals("task.offer") && e.actorId().equals("901"));
        assertThat(bed.assigning.offer(TaskBed.NUMBER, "778", OLGA))
                .isEqualTo(new Tasks.AlreadyOffered("Ivan", TaskState.OFFERED));
        // the volunteer's accept reaches Olga's private chat, as after a press in her list
        bed.press(TaskBed.IVAN, "t:acc:" + task.id());
        assertThat(bed.chats.texts.get("901")).anyMatch(t -> t.contains("Ivan"));
    }

    @Test
    void aDistrictMatchesWholeWordsOfATypedAddressOnly() {
        assertThat(Districts.same("Химки", "Химки, ул. Мира, д. 3")).isTrue();
        assertThat(Districts.same("г. Химки", "химки, мира 3")).isTrue();
        assertThat(Districts.same("Тверской район", "Москва, Тверской б-р, 5")).isTrue();
        assertThat(Districts.same("Химки", "Химкинский б-р, 5")).isFalse();
        assertThat(Districts.same("район", "район Химки")).isFalse();
        assertThat(Districts.same("Химки", null)).isFalse();
        assertThat(NeedSkills.skillsFor(List.of("medicines", "pet_care"))).containsExactly("own_car", "medical");
    }

    private static Volunteer volunteer(
            String userId, String name, String district, List<String> skills, List<String> availability) {
        Instant t = Instant.parse("2026-11-01T10:00:00Z");
        return new Volunteer(
                userId,
                "telegram:" + userId,
                name,
                30,
                "+7900" + userId,
                "RU-MOW",
                district,
                skills,
                availability,
                5,
                VolunteerStatus.APPROVED,
                null,
                "en",
                t,
                t);
    }
}
