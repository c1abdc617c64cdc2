package org.wearetogether.callbacks.internal;

import org.wearetogether.dialog.Texts;

/** What "Call me back" says, in Russian and English. The requester never learns who the operator is. */
final class CallbackTexts {

    private CallbackTexts() {}

    static final Texts BUTTON = Texts.of("📞 Перезвоните мне", "📞 Call me back");
    static final Texts COMMAND = Texts.of("Перезвоните мне", "Call me back");

    static final Texts ACCEPTED = Texts.of(
            "Спасибо! Оператор горячей линии позвонит вам на номер %s, обычно в течение %s. Пожалуйста, держите"
                    + " телефон рядом.",
            "Thank you! A hotline operator will call you at %s, usually within %s. Please keep your phone nearby.");
    static final Texts ALREADY_WAITING = Texts.of(
            "Ваша просьба перезвонить уже передана, оператор позвонит на номер %s. Пожалуйста, дождитесь звонка.",
            "Your request for a call is already with us: an operator will call %s. Please wait for the call.");
    static final Texts GAVE_UP = Texts.of(
            "Мы несколько раз пытались вам дозвониться, но не смогли. Пожалуйста, позвоните нам сами на горячую"
                    + " линию: %s. Мы будем рады помочь.",
            "We tried to call you several times but could not get through. Please call the hotline yourself: %s."
                    + " We will be glad to help.");

    static final Texts NEW = Texts.of("📞 Просят перезвонить", "📞 Please call back");
    static final Texts RETRY =
            Texts.of("🔁 Позвоните ещё раз: попытка %d из %d", "🔁 Please call again: attempt %d of %d");
    static final Texts LATE = Texts.of(
            "⏰ Никто не перезвонил за %d мин — позвоните, пожалуйста",
            "⏰ Nobody has called back within %d min — please call");
    static final Texts CARD = Texts.of(
            "Звонок %s\nТелефон: %s\nИмя: %s\nЯзык: %s\nРегион: %s\nПросили: %s\nПопытка %d из %d",
            "Callback %s\nPhone: %s\nName: %s\nLanguage: %s\nRegion: %s\nAsked: %s\nAttempt %d of %d");
    static final Texts CALLED = Texts.of("✅ Позвонили", "✅ Called");
    static final Texts NO_ANSWER = Texts.of("📵 Не отвечает", "📵 No answer");
    static final Texts FILED = Texts.of("📝 Оформлено заявкой", "📝 Filed as request");

    static final Texts STUB_CALLED = Texts.of(
            "📞 Звонок %s — позвонили (%s). Данные удалены.", "📞 Callback %s — called (%s). Details removed.");
    static final Texts STUB_FILED = Texts.of(
            "📞 Звонок %s — оформлено заявкой через /call (%s). Данные удалены.",
            "📞 Callback %s — filed as a request with /call (%s). Details removed.");
    static final Texts STUB_GAVE_UP = Texts.of(
            "📞 Звонок %s — не дозвонились; человеку предложено позвонить на горячую линию. Данные удалены.",
            "📞 Callback %s — no answer; the person was asked to call the hotline. Details removed.");
    static final Texts STUB_PAUSED = Texts.of(
            "📵 Звонок %s — не отвечает (%d из %d). Карточка вернётся в %s.",
            "📵 Callback %s — no answer (%d of %d). The card comes back at %s.");
    static final Texts STUB_ERASED = Texts.of(
            "📞 Звонок %s — закрыт: человек удалил свои данные.",
            "📞 Callback %s — closed: the person deleted their data.");
    static final Texts STUB_EXPIRED = Texts.of(
            "📞 Звонок %s — закрыт: просьба слишком старая. Данные удалены.",
            "📞 Callback %s — closed: the request is too old. Details removed.");

    static final Texts MARKED = Texts.of("Отмечено", "Marked");
    static final Texts ALREADY_HANDLED = Texts.of("Уже отмечено", "Already marked");
    static final Texts STAFF_ONLY = Texts.of(
            "Эта кнопка — для операторов горячей линии и штаба", "This button is for hotline operators and the HQ");

    static final Texts LANGUAGE_RU = Texts.of("русский", "Russian");
    static final Texts LANGUAGE_EN = Texts.of("английский", "English");
    static final Texts UNKNOWN = Texts.of("—", "—");

    static final Texts EXPORT_TITLE = Texts.of("Просьбы перезвонить", "Call-back requests");
    static final Texts EXPORT_ID = Texts.of("Номер", "Number");
    static final Texts EXPORT_ASKED = Texts.of("Когда", "When");
    static final Texts EXPORT_PHONE = Texts.of("Телефон", "Phone");
    static final Texts EXPORT_REGION = Texts.of("Регион", "Region");
    static final Texts EXPORT_STATE = Texts.of("Состояние", "State");
    static final Texts EXPORT_ATTEMPTS = Texts.of("Не дозвонились", "Calls not answered");
    static final Texts EXPORT_CLOSED = Texts.of("Закрыта", "Closed");
    static final Texts STATE_WAITING = Texts.of("ждёт звонка", "waiting for a call");
    static final Texts STATE_CALLED = Texts.of("позвонили", "called");
    static final Texts STATE_FILED = Texts.of("оформлена заявка", "filed as a request");
    static final Texts STATE_NO_ANSWER = Texts.of("не дозвонились", "could not get through");
    static final Texts STATE_CLOSED = Texts.of("закрыта", "closed");
}
