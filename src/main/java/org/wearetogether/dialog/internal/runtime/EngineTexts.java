package org.wearetogether.dialog.internal.runtime;

import org.wearetogether.dialog.Texts;

/** Every text the engine itself says, in Russian and English. Texts of a dialog come from its file. */
final class EngineTexts {

    static final Texts BACK = Texts.of("⬅️ Назад", "⬅️ Back");
    static final Texts CANCEL = Texts.of("✖️ Отменить", "✖️ Cancel");
    static final Texts SKIP = Texts.of("Пропустить ➡️", "Skip ➡️");
    static final Texts YES = Texts.of("Да, отменить", "Yes, cancel");
    static final Texts NO = Texts.of("Нет, продолжить", "No, continue");
    static final Texts DONE = Texts.of("Готово ✔️", "Done ✔️");
    static final Texts EDIT = Texts.of("✏️ ", "✏️ ");
    static final Texts RESTART = Texts.of("🔄 Начать заново", "🔄 Start over");
    static final Texts SHARE_CONTACT = Texts.of("📱 Отправить мой номер", "📱 Share my number");
    static final Texts SHARE_LOCATION = Texts.of("📍 Отправить местоположение", "📍 Send my location");

    static final Texts EMERGENCY = Texts.of(
            "⚠️ Если жизни или здоровью угрожает опасность, позвоните 112 прямо сейчас (скорая помощь — 103)."
                    + " Волонтёры не заменяют экстренные службы. Просьбу мы всё равно передадим в штаб.",
            "⚠️ If life or health is in danger, call 112 now (103 for an ambulance)."
                    + " Volunteers do not replace emergency services. We will still pass the request to the HQ.");

    static final Texts HINT_TEXT = Texts.of("Пожалуйста, напишите ответ текстом.", "Please type your answer.");
    static final Texts HINT_LENGTH =
            Texts.of("Пожалуйста, напишите от %d до %d символов.", "Please write between %d and %d characters.");
    static final Texts HINT_NUMBER =
            Texts.of("Пожалуйста, напишите число от %s до %s.", "Please type a number from %s to %s.");
    static final Texts HINT_DATE = Texts.of(
            "Пожалуйста, напишите дату, например %s. Подходят даты с %s по %s.",
            "Please type a date such as %s. Dates from %s to %s are possible.");
    static final Texts HINT_CHOICE = Texts.of(
            "Пожалуйста, выберите один из вариантов кнопкой.", "Please choose one of the options with a button.");
    static final Texts HINT_MULTI = Texts.of(
            "Отметьте от %d до %d вариантов кнопками и нажмите «Готово».",
            "Tick %d to %d options with the buttons, then press Done.");
    static final Texts HINT_PHONE = Texts.of(
            "Пожалуйста, напишите номер телефона, например 8 916 123-45-67.",
            "Please type a phone number, for example +7 916 123-45-67.");
    static final Texts NOT_OWN_CONTACT = Texts.of(
            "Похоже, это чужой контакт. Пожалуйста, отправьте свой номер кнопкой ниже или напишите его цифрами.",
            "This seems to be someone else's contact. Please share your own number with the button below or type it.");
    static final Texts HINT_ADDRESS = Texts.of(
            "Пожалуйста, напишите адрес: город, улица, дом (от %d до %d символов).",
            "Please type the address: city, street, house (%d to %d characters).");
    static final Texts HINT_REGION = Texts.of(
            "Не нашли такой регион. Напишите название, например «Москва», или выберите кнопкой.",
            "We could not find that region. Type its name, for example \"Moscow\", or choose a button.");
    static final Texts HINT_CONSENT =
            Texts.of("Пожалуйста, ответьте кнопкой под сообщением.", "Please answer with a button under the message.");
    static final Texts HINT_SUMMARY = Texts.of(
            "Проверьте ответы и нажмите кнопку, чтобы отправить или исправить.",
            "Please check the answers and press a button to send or change them.");
    static final Texts DID_YOU_MEAN = Texts.of("Вы имели в виду:", "Did you mean:");

    static final Texts VOICE_HEARD = Texts.of(
            "🎤 Спасибо, голосовое сообщение (%s) получено. Координатор штаба прослушает его.",
            "🎤 Thank you, your voice message (%s) is received. The HQ coordinator will listen to it.");
    static final Texts UNSUPPORTED = Texts.of(
            "Я понимаю только текст и кнопки. Пожалуйста, напишите ответ или нажмите кнопку.",
            "I can only read text and buttons. Please type your answer or press a button.");
    static final Texts STALE_BUTTON = Texts.of("Эта кнопка уже не действует", "This button is no longer active");
    static final Texts CONFIRM_CANCEL =
            Texts.of("Отменить заполнение? Ответы не сохранятся.", "Cancel? Your answers will not be kept.");
    static final Texts CANCELLED = Texts.of(
            "Хорошо, отменили. Ответы не сохранены. Чтобы начать снова, нажмите /start.",
            "Cancelled. Your answers were not kept. To start again, send /start.");
    static final Texts REMINDER = Texts.of(
            "Вы ещё здесь? Мы ждём ваш ответ, чтобы продолжить.",
            "Are you still there? We are waiting for your answer to continue.");
    static final Texts EXPIRED = Texts.of(
            "Вы давно не отвечали, поэтому мы не сохранили ответы. Чтобы начать снова, нажмите /start.",
            "You have not answered for a long time, so your answers were not kept. To start again, send /start.");
    static final Texts HELP_OFFER = Texts.of(
            "Похоже, с этим вопросом трудно. %s\nМожно попробовать ещё раз, начать заново или отменить.",
            "This question seems difficult. %s\nYou can try again, start over or cancel.");
    static final Texts CALL_HOTLINE = Texts.of(
            "Если удобнее по телефону, позвоните на горячую линию: %s.",
            "If the phone is easier, call the hotline: %s.");
    static final Texts COULD_NOT_SAVE = Texts.of(
            "Извините, сейчас не получилось сохранить. Ничего не потеряно: нажмите «%s» ещё раз.",
            "Sorry, we could not save this just now. Nothing is lost: please press \"%s\" again.");
    static final Texts COULD_NOT_SAVE_ANSWER = Texts.of(
            "Извините, сейчас не получилось сохранить. Ничего не потеряно: отправьте ответ ещё раз.",
            "Sorry, we could not save this just now. Nothing is lost: please send your answer again.");
    static final Texts KEYBOARD_DONE = Texts.of("Принято: %s", "Saved: %s");
    static final Texts OK = Texts.of("Хорошо.", "OK.");
    static final Texts TOO_MANY = Texts.of("Можно выбрать не больше %d", "You can choose up to %d");

    private EngineTexts() {}

    static String format(Texts texts, String language, Object... args) {
        return String.format(texts.in(language), args);
    }
}
