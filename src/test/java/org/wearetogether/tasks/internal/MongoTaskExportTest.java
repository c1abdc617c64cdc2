package org.wearetogether.tasks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wearetogether.chat.DataExport;
import org.wearetogether.dialog.Person;
import org.wearetogether.tasks.Task;
import org.wearetogether.tasks.TaskState;
import org.wearetogether.testing.MongoFixtures;
import org.wearetogether.testing.MyDataSchema;

/**
 * The tasks part of {@code /mydata}: the volunteer's own tasks and what came of them, by request number; not another
 * volunteer's, and nothing of the helped family (that is theirs, not the volunteer's).
 */
class MongoTaskExportTest {

    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");
    private static final Person IVAN = new Person("telegram", "777", "777", "Ivan", null);

    private MongoFixtures.InMemoryMongo mongo;
    private MongoTasks tasks;
    private MongoTaskExport export;

    @BeforeEach
    void start() {
        mongo = MongoFixtures.inMemory();
        tasks = new MongoTasks(mongo.database());
        export = new MongoTaskExport(mongo.database());
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void holdsTheVolunteersOwnTasksAndTheReasonsTheyGave() {
        tasks.offer(task("t1", "MOW-000001", "777"));
        tasks.move("t1", Set.of(TaskState.OFFERED), TaskState.DECLINED, "busy SENTINEL-IVAN", T.plusSeconds(60));
        tasks.offer(task("t2", "MOW-000002", "777"));
        tasks.offer(task("t3", "MOW-000003", "778"));

        DataExport.Section russian = export.export(IVAN, "ru").orElseThrow();
        DataExport.Section english = export.export(IVAN, "en").orElseThrow();

        assertThat(russian.title()).isEqualTo("Ваши задания волонтёра");
        assertThat(russian.entries())
                .extracting(DataExport.Entry::heading)
                .containsExactlyInAnyOrder("Задание по заявке № MOW-000001", "Задание по заявке № MOW-000002");
        assertThat(russian.toString()).contains("отказался(-ась)", "busy SENTINEL-IVAN");
        assertThat(english.toString()).contains("declined", "offered, waiting for an answer");
        assertThat(english.toString()).doesNotContain("MOW-000003", "778", "holder", "901");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> data = (List<Map<String, Object>>) english.data();
        assertThat(data).extracting(m -> m.get("requestNumber")).containsExactlyInAnyOrder("MOW-000001", "MOW-000002");
        assertThat(MyDataSchema.sectionProblems("tasks", english.data())).isEmpty();
    }

    @Test
    void nothingForSomeoneNeverOfferedATask() {
        tasks.offer(task("t3", "MOW-000003", "778"));

        assertThat(export.export(IVAN, "en")).isEmpty();
    }

    private static Task task(String id, String number, String volunteer) {
        return new Task(
                id,
                number,
                "RU-MOW",
                TaskState.OFFERED,
                volunteer,
                "telegram:" + volunteer,
                "Ivan",
                "en",
                "901",
                "telegram:901",
                "en",
                null,
                T,
                T.plusSeconds(3600),
                T);
    }
}
