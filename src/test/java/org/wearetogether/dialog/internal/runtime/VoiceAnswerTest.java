package org.wearetogether.dialog.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wearetogether.dialog.DialogInput;
import org.wearetogether.dialog.Reply;
import org.wearetogether.dialog.VoiceNote;
import org.wearetogether.dialog.internal.runtime.EmergencyWarningTest.Submissions;

/**
 * Voice notes are heard at the steps marked {@code voice: true} of the shipped dialogs (the details), and only there:
 * the file id and length are the answer, the person is told the coordinator will listen, the dialog goes on, the
 * summary shows "🎤 voice message, 0:42" and Edit replaces it; anywhere else a voice gets the polite
 * text-or-buttons answer and changes nothing.
 */
class VoiceAnswerTest {

    private static final String FILE = "AwACAgIAAxkBAAIBZ2VvoiceA";
    private static final Map<String, Object> UP_TO_NEEDS = Map.of(
            "for_whom", "me",
            "beneficiary_name", "Мария",
            "age_group", "age_65_plus",
            "beneficiary_phone", "+79161234567",
            "region", "RU-MOW",
            "address", "Химки, ул. Мира, д. 3");

    private final Submissions action = new Submissions();
    private final Chat chat = new Chat(EmergencyWarningTest.shippedEngine(action));

    @Test
    void aVoiceAtTheDetailsIsTheAnswerTheCoordinatorWillListenAndTheDialogGoesOn() {
        atDetails("en");

        chat.send(new DialogInput.Voice(FILE, 42));

        assertThat(((Reply.Message) chat.last.replies().getFirst()).text())
                .isEqualTo(
                        "🎤 Thank you, your voice message (0:42) is received. The HQ coordinator will listen to it.");
        assertThat(chat.step()).isEqualTo("consent");
        assertThat(chat.conversation.answers()).containsEntry("details", new VoiceNote(FILE, 42).answer());
        assertThat(VoiceNote.in(chat.conversation.answers().get("details"))).contains(new VoiceNote(FILE, 42));
    }

    @Test
    void theSummaryShowsTheVoiceAndEditReplacesItWithText() {
        atDetails("en");
        chat.send(new DialogInput.Voice(FILE, 42)).press("Yes, I agree");

        assertThat(chat.step()).isEqualTo("summary");
        assertThat(chat.text()).contains("🎤 voice message, 0:42").doesNotContain(FILE);

        chat.press("✏️ Details").type("Bread and milk, please");
        assertThat(chat.step()).isEqualTo("summary");
        assertThat(chat.text()).contains("Bread and milk, please").doesNotContain("voice message");

        chat.press("✏️ Details").send(new DialogInput.Voice(FILE + "2", 75));
        assertThat(chat.text()).contains("🎤 voice message, 1:15");
        chat.press("Send the request");
        assertThat(action.submissions).hasSize(1);
        assertThat(action.submissions.getFirst().answers())
                .containsEntry("details", new VoiceNote(FILE + "2", 75).answer());
    }

    @Test
    void inRussianTheBotSaysItInRussian() {
        atDetails("ru");

        chat.send(new DialogInput.Voice(FILE, 5));

        assertThat(chat.text()).startsWith("🎤 Спасибо, голосовое сообщение (0:05) получено.");
    }

    @Test
    void aVoiceAtAStepNotMarkedForItGetsThePoliteTextOrButtonsAnswerAndChangesNothing() {
        chat.start("request_help", "en", Map.of("for_whom", "relative"));
        assertThat(chat.step()).isEqualTo("beneficiary_name");
        var before = chat.conversation.answers();

        chat.send(new DialogInput.Voice(FILE, 42));

        assertThat(chat.text()).startsWith("I can only read text and buttons.");
        assertThat(chat.step()).isEqualTo("beneficiary_name");
        assertThat(chat.conversation.answers()).isEqualTo(before);

        chat.type("Maria").press("65 or older");
        chat.send(new DialogInput.Voice(FILE, 42));
        assertThat(chat.text()).startsWith("I can only read text and buttons.");
        assertThat(chat.step()).isEqualTo("beneficiary_phone");
    }

    @Test
    void anAudioFileOrAVideoNoteAtTheDetailsGetsThePoliteAnswer() {
        atDetails("en");

        chat.send(new DialogInput.Unsupported("audio"));
        assertThat(chat.text()).startsWith("I can only read text and buttons.");
        chat.send(new DialogInput.Unsupported("video_note"));
        assertThat(chat.text()).startsWith("I can only read text and buttons.");
        assertThat(chat.step()).isEqualTo("details");
    }

    @Test
    void theOperatorsDetailsTakeAVoiceToo() {
        chat.start(
                "operator_call",
                "en",
                Map.of(
                        "requester_name", "Anna",
                        "requester_phone", "+79031234567",
                        "for_whom", "me",
                        "age_group", "age_65_plus",
                        "region", "RU-MOW",
                        "address", "Moscow, Tverskaya 1"));
        chat.press("Groceries and essentials").press("Done ✔️").press("This week");
        assertThat(chat.step()).isEqualTo("details");

        chat.send(new DialogInput.Voice(FILE, 9));

        assertThat(chat.step()).isEqualTo("consent");
        assertThat(chat.conversation.answers()).containsEntry("details", new VoiceNote(FILE, 9).answer());
    }

    @Test
    void typedTextThatLooksLikeAVoiceAnswerIsRefusedSoNobodyCanForgeOne() {
        atDetails("en");

        chat.type(new VoiceNote("someone-elses-file", 3).answer());

        assertThat(chat.step()).isEqualTo("details");
        assertThat(chat.conversation.answers()).doesNotContainKey("details");
    }

    @Test
    void aVoiceIsNotReadForDangerWordsButTheTypedDetailsStillAre() {
        atDetails("en");

        chat.send(new DialogInput.Voice("fire-blood-suicide", 3));

        assertThat(chat.text()).doesNotContain("112");
    }

    private void atDetails(String language) {
        chat.start("request_help", language, UP_TO_NEEDS);
        chat.press("ru".equals(language) ? "Продукты и товары первой необходимости" : "Groceries and essentials")
                .press("ru".equals(language) ? "Готово ✔️" : "Done ✔️")
                .press("ru".equals(language) ? "На этой неделе" : "This week");
        assertThat(chat.step()).isEqualTo("details");
    }
}
