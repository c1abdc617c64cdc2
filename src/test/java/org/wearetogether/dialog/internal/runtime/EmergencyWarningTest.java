package org.wearetogether.dialog.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wearetogether.datafiles.DataFileException;
import org.wearetogether.datafiles.DialogFolder;
import org.wearetogether.dialog.DialogAction;
import org.wearetogether.dialog.DialogEngine;
import org.wearetogether.dialog.DialogSettings;
import org.wearetogether.dialog.Emergency;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.internal.definition.DangerWordFile;
import org.wearetogether.dialog.internal.definition.DangerWords;
import org.wearetogether.dialog.internal.definition.DialogDefinitionLoader;
import org.wearetogether.dialog.internal.definition.KnownNames;
import org.wearetogether.regions.Region;
import org.wearetogether.regions.RegionCatalogue;

/** The shipped help-request dialog with the shipped danger-word list: 112 is said first, once, and filed anyway. */
class EmergencyWarningTest {

    private static final String CALL_112 = "call 112 now (103 for an ambulance)";
    private static final Map<String, Object> UP_TO_NEEDS = Map.of(
            "for_whom", "me",
            "beneficiary_name", "Мария",
            "age_group", "age_65_plus",
            "beneficiary_phone", "+79161234567",
            "region", "RU-MOW",
            "address", "Химки, ул. Мира, д. 3");

    private final Submissions action = new Submissions();
    private final Chat chat = new Chat(shippedEngine(action));

    @Test
    void medicalHelpTodaySays112BeforeTheNextQuestionAndTheRequestIsStillFiled() {
        chat.start("request_help", "en", UP_TO_NEEDS);
        assertThat(chat.step()).isEqualTo("needs");
        chat.press("Medical help").press("Done ✔️");
        assertThat(chat.text()).doesNotContain("112");

        chat.press("Today");

        assertThat(chat.last.replies().getFirst()).isInstanceOf(Reply.Message.class);
        assertThat(((Reply.Message) chat.last.replies().getFirst()).text()).contains(CALL_112);
        assertThat(chat.step()).isEqualTo("details");
        assertThat(Emergency.in(chat.conversation.answers())).isEqualTo(Emergency.URGENT_ANSWERS);

        chat.type("Нужен врач на дом").press("Yes, I agree").press("Send the request");
        assertThat(action.submissions).hasSize(1);
        assertThat(Emergency.in(action.submissions.getFirst().answers())).isEqualTo(Emergency.URGENT_ANSWERS);
    }

    @Test
    void aDangerWordInTheDetailsSays112InRussianWhateverItsFormAndCase() {
        atDetails("ru", "groceries", "В течение 1–2 дней");

        chat.type("Бабушка вчера УПАЛА и не встаёт, нужны продукты");

        assertThat(chat.text()).startsWith("⚠️ Если жизни или здоровью угрожает опасность, позвоните 112");
        assertThat(Emergency.in(chat.conversation.answers())).isEqualTo(Emergency.DANGER_WORDS);
    }

    @Test
    void harmlessDetailsSayNothingAboutEmergencies() {
        atDetails("ru", "groceries", "На этой неделе");

        chat.type("Купить хлеб; кровать тяжело двигать, звонить после обеда");

        assertThat(chat.text()).doesNotContain("112");
        assertThat(Emergency.in(chat.conversation.answers())).isNull();
    }

    @Test
    void theWarningIsSaidOncePerDialogEvenAfterEditsAndARestartOfTheService() {
        atDetails("en", "medical_help", "Today");
        assertThat(chat.text()).contains(CALL_112);

        // The stored record is all a restarted service has: carry only it on.
        var stored = chat.conversation;
        Chat afterRestart = new Chat(shippedEngine(action));
        afterRestart.conversation = stored;
        afterRestart.visible = chat.visible;
        afterRestart.type("He fell and is bleeding");

        assertThat(afterRestart.text()).doesNotContain("112");
        assertThat(afterRestart.step()).isEqualTo("consent");
        afterRestart.press("Yes, I agree");
        afterRestart.press("✏️ Details");
        afterRestart.type("Not breathing well, stroke last year");
        assertThat(afterRestart.text()).doesNotContain("112");
        assertThat(afterRestart.step()).isEqualTo("summary");
        assertThat(Emergency.in(afterRestart.conversation.answers())).isEqualTo(Emergency.URGENT_ANSWERS);
        afterRestart.press("Send the request");
        assertThat(Emergency.in(action.submissions.getFirst().answers())).isEqualTo(Emergency.URGENT_ANSWERS);
    }

    @Test
    void startingOverWithRestartDoesNotSayItAgain() {
        atDetails("en", "medical_help", "Today");
        assertThat(chat.text()).contains(CALL_112);

        chat.send(new org.wearetogether.dialog.DialogInput.Restart());
        assertThat(chat.step()).isEqualTo("for_whom");
        assertThat(chat.conversation.answers()).containsOnlyKeys(Emergency.ANSWER_KEY);
        chat.press("Me").type("Maria");
        assertThat(chat.text()).doesNotContain("112");
    }

    @Test
    void dialogsTheListDoesNotNameAreNotChecked() {
        chat.start(
                "volunteer_signup",
                "ru",
                Map.of("name", "Иван", "age", "30", "phone", "+79161234567", "region", "RU-MOW"));
        assertThat(chat.step()).isEqualTo("district");

        chat.type("Пожарский переулок, у метро");

        assertThat(chat.text()).doesNotContain("112");
        assertThat(chat.step()).isNotEqualTo("district");
    }

    @Test
    void aListNamingAnUnknownDialogStepOrOptionStopsTheStart() {
        var definitions = TestDialogs.definitions(TestDialogs.help());
        assertThatThrownBy(() -> EngineAssembly.checkDangerWords(
                        definitions, new DangerWords(Set.of("request_hlep"), List.of(), List.of())))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("\"dialogs\" names 'request_hlep', which is not a loaded dialog");
        assertThatThrownBy(() -> EngineAssembly.checkDangerWords(
                        definitions,
                        new DangerWords(Set.of("test_help"), List.of(), List.of(Map.of("needs", "medical_help")))))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("urgent_answers names step 'needs' with option 'medical_help'");
    }

    @Test
    void namesAreNotReadForDangerWords() {
        chat.start("request_help", "ru", Map.of("for_whom", "me"));
        chat.type("Пожарская Мария");
        assertThat(chat.text()).doesNotContain("112");
    }

    private void atDetails(String language, String need, String urgency) {
        chat.start("request_help", language, UP_TO_NEEDS);
        String needLabel = switch (need) {
            case "groceries" ->
                "ru".equals(language) ? "Продукты и товары первой необходимости" : "Groceries and essentials";
            default -> "ru".equals(language) ? "Медицинская помощь" : "Medical help";
        };
        chat.press(needLabel)
                .press("ru".equals(language) ? "Готово ✔️" : "Done ✔️")
                .press(urgency);
        if (!chat.text().contains("112")) {
            assertThat(chat.step()).isEqualTo("details");
        }
    }

    static DialogEngine shippedEngine(DialogAction action) {
        DialogFolder folder = new DialogFolder(Path.of("dialogs"));
        var definitions = new DialogDefinitionLoader(
                        folder,
                        new KnownNames(Set.of(action.name(), "submit_volunteer_signup", "request_callback"), Set.of()))
                .loadAll();
        return EngineAssembly.assemble(
                definitions,
                new AllRegions(),
                new DialogSettings(Path.of("dialogs"), 3, "8 800 200-34-11"),
                List.of(action, new Named("submit_volunteer_signup"), new Named("request_callback")),
                List.of(),
                DangerWordFile.load(folder),
                TestDialogs.CLOCK);
    }

    /** The completion action of the help-request dialogs, recording what it was given. */
    static final class Submissions implements DialogAction {
        final List<Submission> submissions = new java.util.ArrayList<>();

        @Override
        public String name() {
            return "submit_help_request";
        }

        @Override
        public Result run(Submission submission) {
            submissions.add(submission);
            return new Result("MOW-000001", List.of());
        }
    }

    private record Named(String name) implements DialogAction {
        @Override
        public Result run(Submission submission) {
            return new Result("V-1", List.of());
        }
    }

    /** The test regions and Leningrad Oblast, which the shipped dialog suggests. */
    private static final class AllRegions implements RegionCatalogue {
        private final FakeRegions fake = new FakeRegions();
        private final Region leningrad = new Region(
                "RU-LEN", "Ленинградская область", "Leningrad Oblast", List.of(), java.time.ZoneId.of("Europe/Moscow"));

        @Override
        public List<Region> all() {
            var all = new java.util.ArrayList<>(fake.all());
            all.add(leningrad);
            return all;
        }

        @Override
        public Optional<Region> byCode(String code) {
            return code.equals(leningrad.code()) ? Optional.of(leningrad) : fake.byCode(code);
        }

        @Override
        public RegionMatch match(String typed) {
            return fake.match(typed);
        }
    }
}
