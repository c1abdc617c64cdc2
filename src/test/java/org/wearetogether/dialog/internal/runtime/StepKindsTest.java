package org.wearetogether.dialog.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wearetogether.dialog.Conversation;
import org.wearetogether.dialog.DialogInput;
import org.wearetogether.dialog.DialogOutcome;
import org.wearetogether.dialog.Reply;

class StepKindsTest {

    private final TestDialogs.RecordingAction action = new TestDialogs.RecordingAction();
    private final Chat chat = new Chat(TestDialogs.engine(action));

    private Chat atPhone(String forWhom) {
        chat.start("test_help", "en", Map.of("for_whom", forWhom)).type("Maria").type("82");
        return chat.press("Groceries").press("Done").type("01.12.2026");
    }

    private Chat atRegion() {
        return atPhone("relative").type("89161234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"8 916 123-45-67", "+7 (916) 123-45-67", "89161234567", "9161234567", "+79161234567"})
    void acceptsRussianPhoneFormsAsE164(String typed) {
        atPhone("relative").type(typed);

        assertThat(chat.step()).isEqualTo("region");
        assertThat(chat.conversation.answers()).containsEntry("phone", "+79161234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "8 916", "phone", "+7 916 123-45-67-89-00"})
    void reasksWhenPhoneIsInvalid(String typed) {
        atPhone("relative").type(typed);

        assertThat(chat.step()).isEqualTo("phone");
        assertThat(chat.text()).startsWith("Please type a phone number");
    }

    @Test
    void offersTheOwnContactButtonWhenItsConditionHoldsAndRemovesItAfterwards() {
        atPhone("me");
        var keyboard = (Reply.Keyboard.Request) chat.keyboards().get(0);
        assertThat(keyboard.request().what()).isEqualTo(Reply.Requested.CONTACT);
        assertThat(keyboard.textButtons()).containsExactly("⬅️ Back", "✖️ Cancel");

        chat.send(new DialogInput.ContactShared("79161234567", true));
        assertThat(chat.conversation.answers()).containsEntry("phone", "+79161234567");
        var first = (Reply.Message) chat.last.replies().get(0);
        assertThat(first.keyboard()).isInstanceOf(Reply.Keyboard.Remove.class);
        assertThat(first.text()).isEqualTo("Saved: +7 916 123-45-67");
        assertThat(chat.step()).isEqualTo("region");
    }

    @Test
    void refusesSomeoneElsesContactCardWhenOnlyTheOwnIsAccepted() {
        atPhone("me");

        chat.send(new DialogInput.ContactShared("79160000000", false));
        assertThat(chat.step()).isEqualTo("phone");
        assertThat(chat.text()).contains("someone else's contact");
        assertThat(chat.conversation.answers()).doesNotContainKey("phone");

        chat.send(new DialogInput.ContactShared("79161234567", true));
        assertThat(chat.conversation.answers()).containsEntry("phone", "+79161234567");
    }

    @Test
    void textButtonsOfTheContactKeyboardNavigate() {
        atPhone("me").type("⬅️ Back");

        assertThat(chat.step()).isEqualTo("visit_date");
        assertThat(chat.keyboards().get(0)).isInstanceOf(Reply.Keyboard.Remove.class);
    }

    @Test
    void noContactButtonForSomeoneElsesPhone() {
        atPhone("relative");

        assertThat(chat.keyboards()).singleElement().isInstanceOf(Reply.Keyboard.Inline.class);
    }

    @Test
    void acceptsACertainTypedRegion() {
        atRegion().type("Питер");

        assertThat(chat.conversation.answers()).containsEntry("region", "RU-SPE");
    }

    @Test
    void asksWhichRegionWhenTheTypedNameHasCandidates() {
        atRegion().type("моск");

        assertThat(chat.text()).isEqualTo("Did you mean:");
        assertThat(chat.labels()).contains("Moscow", "Moscow Oblast");
        chat.press("Moscow Oblast");
        assertThat(chat.conversation.answers()).containsEntry("region", "RU-MOS");
        assertThat(chat.step()).isEqualTo("address");
    }

    @Test
    void reasksRegionWithSuggestionsWhenNothingMatches() {
        atRegion().type("Atlantis");

        assertThat(chat.text()).startsWith("We could not find that region.");
        assertThat(chat.labels()).contains("Moscow", "Saint Petersburg");
        assertThat(chat.step()).isEqualTo("region");
    }

    @Test
    void acceptsASharedLocationAsGeoUri() {
        atRegion().press("Moscow");
        assertThat(((Reply.Keyboard.Request) chat.keyboards().get(0)).request().what())
                .isEqualTo(Reply.Requested.LOCATION);

        chat.send(new DialogInput.LocationShared(55.75, 37.61));
        assertThat(chat.conversation.answers()).containsEntry("address", "geo:55.750000,37.610000");
        assertThat(chat.text()).contains("📍 location 55.750000, 37.610000");
    }

    @Test
    void multipleChoiceTogglesMarksInPlaceAndRespectsLimits() {
        chat.start("test_help", "en", Map.of("for_whom", "me")).type("Maria").type("82");
        chat.press("Done");
        assertThat(chat.text()).startsWith("Tick 1 to 2 options");

        chat.press("Groceries");
        assertThat(chat.last.replies()).singleElement().isInstanceOf(Reply.EditPressed.class);
        assertThat(chat.labels()).contains("✅ Groceries", "Medicines");
        chat.press("Medicines").press("Transport");
        assertThat(chat.last.replies()).containsExactly(new Reply.Notice("You can choose up to 2"));
        chat.press("✅ Groceries");
        assertThat(chat.labels()).contains("Groceries", "✅ Medicines");
        chat.press("Done");
        assertThat(chat.conversation.answers()).containsEntry("needs", List.of("medicines"));
    }

    @Test
    void typedOptionLabelAnswersASingleChoice() {
        chat.start("test_help", "ru", Map.of()).type("  родственнику ");

        assertThat(chat.conversation.answers()).containsEntry("for_whom", "relative");
        assertThat(chat.text()).isEqualTo("Как зовут человека?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"01.12.2026", "01.12", "2026-12-01", "1/12/2026"})
    void acceptsDateForms(String typed) {
        chat.start("test_help", "en", Map.of("for_whom", "me")).type("Maria").type("82");
        chat.press("Groceries").press("Done").type(typed);

        assertThat(chat.conversation.answers()).containsEntry("visit_date", "2026-12-01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"24.11.2026", "2027-02-01", "31.02.2027", "tomorrow"})
    void reasksDatesOutsideTheRange(String typed) {
        chat.start("test_help", "en", Map.of("for_whom", "me")).type("Maria").type("82");
        chat.press("Groceries").press("Done").type(typed);

        assertThat(chat.step()).isEqualTo("visit_date");
        assertThat(chat.text())
                .startsWith("Please type a date such as 25.11.2026. Dates from 25.11.2026 to 24.01.2027");
    }

    @Test
    void decliningConsentEndsTheConversationAndKeepsNothing() {
        atRegion().press("Moscow").type("Lenina 1, Moscow").type("Ivan").press("Skip");
        assertThat(chat.text()).isEqualTo("Do you agree, Maria?");
        chat.press("I do not agree");

        assertThat(chat.last.ended()).isTrue();
        assertThat(chat.last.outcome()).isEqualTo(new DialogOutcome.ConsentDeclined("test_help"));
        assertThat(chat.text()).isEqualTo("Nothing was kept.");
        assertThat(action.submissions).isEmpty();
    }

    @Test
    void remindsOnceThenExpires() {
        chat.start("test_help", "en", Map.of()).press("Me");
        Conversation c = chat.conversation;
        assertThat(c.remindAt()).isEqualTo(c.updatedAt().plus(Duration.ofMinutes(30)));
        assertThat(c.expireAt()).isEqualTo(c.updatedAt().plus(Duration.ofHours(24)));

        assertThat(chat.engine.timeUp(c, c.updatedAt().plusSeconds(60)).replies())
                .isEmpty();
        var reminded = chat.engine.timeUp(c, c.remindAt());
        assertThat(reminded.conversation().remindAt()).isNull();
        assertThat(reminded.replies()).hasSize(2);
        assertThat(((Reply.Message) reminded.replies().get(0)).text()).startsWith("Are you still there?");
        assertThat(((Reply.Message) reminded.replies().get(1)).text()).isEqualTo("What is the person's name?");

        var expired = chat.engine.timeUp(reminded.conversation(), c.expireAt());
        assertThat(expired.ended()).isTrue();
        assertThat(expired.outcome()).isEqualTo(new DialogOutcome.Expired("test_help"));
        assertThat(((Reply.Message) expired.replies().get(0)).text())
                .contains("not kept")
                .contains("/start");
    }

    @Test
    void failingActionKeepsThePersonAtTheSummary() {
        DialogEngineTest.toSummaryAsRelative(chat);
        action.failing = true;
        chat.press("Send");

        assertThat(chat.last.ended()).isFalse();
        assertThat(chat.step()).isEqualTo("summary");
        assertThat(chat.text())
                .startsWith("Sorry, we could not save this just now. Nothing is lost: please press \"Send\"");
        assertThat(chat.conversation.answers()).hasSize(11);

        action.failing = false;
        chat.press("Send");
        assertThat(chat.last.outcome()).isInstanceOf(DialogOutcome.Completed.class);
    }

    @Test
    void nextEndCompletesWithoutASummary() {
        chat.start("quick", "en", Map.of()).type("Tea");

        var completed = (DialogOutcome.Completed) chat.last.outcome();
        assertThat(completed.answers()).isEqualTo(Map.of("wish", "Tea"));
        assertThat(chat.text()).isEqualTo("Your number is MOW-000001");
    }

    @Test
    void unreadableInputsGetAHintAndNeverThrow() {
        chat.start("test_help", "en", Map.of("for_whom", "relative"));
        chat.send(new DialogInput.Unsupported("sticker"));
        assertThat(chat.text()).startsWith("I can only read text and buttons.");

        for (String text : new String[] {"", "   ", "x".repeat(4096), "🙏", null}) {
            chat.type(text);
            assertThat(chat.step()).isEqualTo("name");
        }
        chat.send(new DialogInput.LocationShared(500, 500));
        chat.send(new DialogInput.ContactShared("not a phone", false));
        assertThat(chat.step()).isEqualTo("name");
        chat.type("👵🏻 Мария");
        assertThat(chat.conversation.answers()).containsEntry("name", "👵🏻 Мария");
    }

    @Test
    void repeatRendersTheCurrentQuestionInTheConversationsLanguage() {
        chat.start("test_help", "en", Map.of("for_whom", "relative"));
        Conversation russian = new Conversation(
                chat.conversation.id(),
                "test_help",
                3,
                "name",
                Map.of(),
                List.of("for_whom"),
                "ru",
                Conversation.Mode.ASKING,
                4,
                0,
                false,
                TestDialogs.NOW,
                TestDialogs.NOW,
                null,
                null);

        var turn = chat.engine.repeat(russian, TestDialogs.NOW);
        assertThat(turn.conversation()).isSameAs(russian);
        assertThat(((Reply.Message) turn.replies().get(0)).text()).isEqualTo("Как зовут человека?");
    }

    @Test
    void refusesRegionSuggestionsMissingFromTheCatalogue() {
        var definition = TestDialogs.help();
        var steps = new java.util.LinkedHashMap<>(definition.steps());
        var region = steps.get("region");
        steps.put(
                "region",
                new org.wearetogether.dialog.internal.definition.StepDefinition(
                        region.id(),
                        region.ask(),
                        region.label(),
                        null,
                        null,
                        new org.wearetogether.dialog.internal.definition.StepKind.Region(List.of("RU-MOW", "RU-XXX")),
                        region.next(),
                        false));
        var broken = new org.wearetogether.dialog.internal.definition.DialogDefinition(
                definition.id(),
                definition.version(),
                definition.title(),
                definition.start(),
                definition.reminderAfter(),
                definition.expireAfter(),
                definition.onComplete(),
                definition.completed(),
                steps,
                "test-help.yaml");

        assertThatThrownBy(() -> EngineAssembly.checkRegionSuggestions(broken, new FakeRegions()))
                .hasMessage("test-help.yaml, step region: the suggested region RU-XXX is not in the region catalogue"
                        + " (regions.yaml)");
    }
}
